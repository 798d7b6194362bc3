using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Phones;

/// <summary>
/// What a test (through the control API) can make a phone do, on one of its lines: the call named, or the only call
/// the action fits. Refusals say what the phone is doing and, when several calls fit, which to name.
/// </summary>
internal sealed class PhoneActions(NetworkKernel kernel, CallMachine machine, PhoneLines lines, PhoneBehaviours behaviours)
{
    public PhoneStatus StatusOf(PhoneAddress phone)
    {
        List<PhoneLine> used = [.. Lines(phone).Select(line => new PhoneLine(line.Call, line.Leg.Index, StateOf(line.Call, line.Leg)))];
        PhoneLine? first = used.Find(line => line.State == LineState.Active) ?? used.FirstOrDefault();
        PhoneState state = first is null ? PhoneState.Idle : first.State == LineState.Ringing ? PhoneState.Ringing : PhoneState.OnCall;
        int count = phone.Kind == PhoneAddressKind.Sandbox ? int.MaxValue : behaviours.LinesOf(phone);
        return new PhoneStatus(phone, state, first?.Call.Id, behaviours.Of(phone), behaviours.IsOverridden(phone), used, count, behaviours.IsRegistered(phone));
    }

    /// <summary>The phone registers or unregisters; the calls it is on go on, and the next call meets it as the registration says.</summary>
    public void Register(PhoneAddress phone, bool registered, Change change)
    {
        if (behaviours.SetRegistered(phone, registered))
        {
            change.RecordAbout(NetworkEventKind.RegistrationChanged, phone.Value, new RegistrationPayload(registered));
        }
    }

    public Outcome<Call, NetworkError> Answer(PhoneAddress phone, CallId? callId, Change change) =>
        OnLine(phone, callId, "answer", LegState.Ringing, change, (call, leg) => machine.Answer(call, leg.Index, change));

    /// <summary>The ringing phone declines the call; the call ends if nobody else of that side still rings.</summary>
    public Outcome<Call, NetworkError> Reject(PhoneAddress phone, CallId? callId, Change change) =>
        OnLine(phone, callId, "reject", LegState.Ringing, change, (call, leg) => machine.Decline(call, leg, LegState.Rejected, change));

    /// <summary>The phone hangs up: it leaves the call it talks on, or declines the one that rings it.</summary>
    public Outcome<Call, NetworkError> HangUp(PhoneAddress phone, CallId? callId, Change change)
    {
        List<LegState> states = [.. Lines(phone).Where(line => callId is null || line.Call.Id == callId).Select(line => line.Leg.State)];
        return states.Contains(LegState.Ringing) && !states.Contains(LegState.Answered)
            ? Reject(phone, callId, change)
            : OnLine(phone, callId, "hang up", LegState.Answered, change, (call, leg) => machine.LegLeaves(call, leg.Index, change));
    }

    /// <summary>The phone sends DTMF on the call it talks on.</summary>
    public Outcome<Call, NetworkError> SendDigits(PhoneAddress phone, string digits, CallId? callId, Change change) =>
        OnLine(phone, callId, "send digits", LegState.Answered, change, (call, leg) => machine.Digits(call, leg, digits, change));

    private Outcome<Call, NetworkError> OnLine(PhoneAddress phone, CallId? callId, string action, LegState needed, Change change, Func<Call, CallLeg, Call> act)
    {
        List<(Call Call, CallLeg Leg)> used = Lines(phone);
        List<(Call Call, CallLeg Leg)> named = callId is null ? used : used.FindAll(line => line.Call.Id == callId);
        if (callId is not null && named.Count == 0)
        {
            return Refused(NetworkErrorCode.PhoneStateInvalid, $"{phone} cannot {action} on call {callId}: it is not on that call ({Doing(used)}).");
        }

        List<(Call Call, CallLeg Leg)> fitting = named.FindAll(line => line.Leg.State == needed);
        return fitting.Count switch
        {
            0 => Refused(NetworkErrorCode.PhoneStateInvalid, $"{phone} cannot {action}: it is {Doing(named)}."),
            1 => Outcome<Call, NetworkError>.Success(change.Commit(act(fitting[0].Call, fitting[0].Leg))),
            _ => Refused(NetworkErrorCode.PhoneCallAmbiguous,
                $"{phone} could {action} on calls {string.Join(", ", fitting.Select(line => line.Call.Id))}; name the one to act on."),
        };
    }

    /// <summary>The live calls on the phone's lines, with the leg of each that is there, in the order they took the lines.</summary>
    private List<(Call Call, CallLeg Leg)> Lines(PhoneAddress phone) =>
        [.. lines.InUse(phone.Value)
            .Select(line => (Call: kernel.Calls.FindLive(line.CallId), line.Leg))
            .Where(line => line.Call is not null)
            .Select(line => (line.Call!, line.Call!.Legs[line.Leg]))];

    private static LineState StateOf(Call call, CallLeg leg) =>
        leg.State == LegState.Ringing ? LineState.Ringing
        : call.Hold?.HolderLeg == leg.Index ? LineState.Held
        : LineState.Active;

    private static string Doing(List<(Call Call, CallLeg Leg)> lines) =>
        lines.Count == 0
            ? "idle"
            : string.Join(" and ", lines.Select(line => $"{(line.Leg.State == LegState.Ringing ? "ringing" : "on a call")} (call {line.Call.Id})"));

    private static Outcome<Call, NetworkError> Refused(NetworkErrorCode code, string message) => new NetworkError(code, message);
}
