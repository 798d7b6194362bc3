using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Genesys.Calls;

/// <summary>
/// The operations of <c>POST /api/v2/me/calls/{id}</c>: each checks that the call's capabilities allow it now
/// (statusCode 2 naming the state and what it allows), reads its parameters (1 or 10), and runs one engine command.
/// </summary>
public sealed class GenesysCallOperations(TelephonyNetwork network, GenesysCalls calls, GenesysAgentStates states)
{
    public const string FirstConferenceParty = "FirstConferencePartyDN";
    private const string RecordingFormat = "wav";

    public GenesysError? Run(GenesysAgent agent, string id, GenesysOperationBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Outcome<AgentCall, GenesysError> found = calls.Find(agent, id);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        Outcome<string, GenesysError> name = body.OperationName(GenesysOperations.Of(GenesysOperationSet.Call));
        if (!name.Succeeded)
        {
            return name.Error;
        }

        AgentCall view = found.Value!;
        IReadOnlyList<string> allowed = GenesysCapabilities.Of(view);
        if (!allowed.Contains(name.Value!, StringComparer.Ordinal))
        {
            return GenesysError.WrongState($"{name.Value} is not valid for call {id.Trim()} in state {view.State}; it allows {(allowed.Count == 0 ? "no operation" : string.Join(", ", allowed))} now.");
        }

        return states.IsAcceptOnly(agent) ? Checked(view, name.Value!, body) : Carry(view, name.Value!, body);
    }

    /// <summary>The accept-only fault: the parameters are still checked, then nothing happens.</summary>
    private GenesysError? Checked(AgentCall view, string name, GenesysOperationBody body) => name switch
    {
        "SingleStepConference" or "InitiateConference" or "InitiateTransfer" or "SingleStepTransfer" => Destination(view, body).Error,
        "SendDtmf" => Digits(body).Error,
        "AttachUserData" or "UpdateUserData" => body.UserData(required: true).Error,
        "DeleteUserDataPair" => body.Text("key", "send \"key\":\"CustomerSegment\".").Error,
        "RemoveParticipantFromConference" => Participant(view, body).Error,
        _ => null,
    };

    private GenesysError? Carry(AgentCall view, string name, GenesysOperationBody body)
    {
        CallId call = view.Call.Id;
        PhoneAddress phone = PhoneAddress.ForExtension(view.Agent.Extension.Number);
        ExtensionNumber extension = view.Agent.Extension.Number;
        return name switch
        {
            "Answer" => Engine(network.AnswerPhone(phone, call)),
            "Reject" => Engine(network.RejectPhone(phone, call)),
            "Hangup" => Engine(network.HangUpPhone(phone, call)),
            "Hold" => Engine(network.Hold(call, phone)),
            "Retrieve" => Engine(network.Retrieve(call, phone)),
            "SingleStepConference" => WithDestination(view, body, to => Conferenced(view, network.AddParty(new AddPartyOrder(call, to, view.Agent.Extension.CallerId)))),
            "InitiateConference" or "InitiateTransfer" => WithDestination(view, body, to => Engine(network.Consult(new ConsultOrder(call, phone, to, view.Agent.Extension.CallerId)))),
            "CompleteConference" => Complete(view, ConsultCompletion.Conference),
            "CompleteTransfer" => Complete(view, ConsultCompletion.Transfer),
            "SingleStepTransfer" => WithDestination(view, body, to => Engine(network.Transfer(new TransferOrder(call, phone, to)))),
            "RemoveParticipantFromConference" => Participant(view, body) is { Succeeded: true } leg ? Engine(network.HangUp(call, leg.Value)) : Participant(view, body).Error,
            "SendDtmf" => Digits(body) is { Succeeded: true } digits ? Engine(network.SendDigits(phone, digits.Value!, call)) : Digits(body).Error,
            "AttachUserData" or "UpdateUserData" => body.UserData(required: true) is { Succeeded: true } data ? Engine(network.SetCallData(call, data.Value!)) : body.UserData(required: true).Error,
            "DeleteUserDataPair" => body.Text("key", "send \"key\":\"CustomerSegment\".") is { Succeeded: true } key
                ? Engine(network.RemoveCallData(call, key.Value))
                : body.Text("key", "send \"key\":\"CustomerSegment\".").Error,
            "DeleteUserData" => view.Call.Data.IsEmpty ? null : Engine(network.RemoveCallData(call)),
            "MuteCall" => Engine(network.SetMuted(call, phone, true)),
            "UnmuteCall" => Engine(network.SetMuted(call, phone, false)),
            "StartCallRecording" => Engine(network.StartRecording(call, extension, RecordingFormat)),
            "PauseCallRecording" => Engine(network.PauseRecording(call, extension)),
            "ResumeCallRecording" => Engine(network.ResumeRecording(call, extension)),
            _ => Engine(network.StopRecording(call, extension)),
        };
    }

    /// <summary>Reads the destination and the optional userData (attached to the call first), then runs <paramref name="act"/>.</summary>
    private GenesysError? WithDestination(AgentCall view, GenesysOperationBody body, Func<PhoneAddress, GenesysError?> act)
    {
        Outcome<PhoneAddress, GenesysError> to = Destination(view, body);
        Outcome<IReadOnlyDictionary<string, string>, GenesysError> data = body.UserData(required: false);
        if (!to.Succeeded || !data.Succeeded)
        {
            return to.Error ?? data.Error;
        }

        GenesysError? failed = act(to.Value);
        return failed ?? (data.Value!.Count > 0 ? Engine(network.SetCallData(view.Call.Id, data.Value!)) : null);
    }

    private Outcome<PhoneAddress, GenesysError> Destination(AgentCall view, GenesysOperationBody body)
    {
        Outcome<string, GenesysError> number = body.Destination();
        return number.Succeeded ? calls.Resolve(view.Agent, number.Value!, "destination.phoneNumber") : number.Error!;
    }

    /// <summary>After the first conference of the call, the switch records who made it (seed 003's FirstConferencePartyDN).</summary>
    private GenesysError? Conferenced(AgentCall view, Outcome<Call, NetworkError> done) =>
        Engine(done) ?? (done.Value!.Data.ContainsKey(FirstConferenceParty)
            ? null
            : Engine(network.SetCallData(done.Value.Id, new Dictionary<string, string> { [FirstConferenceParty] = view.Agent.PhoneNumber })));

    private GenesysError? Complete(AgentCall view, ConsultCompletion completion)
    {
        if ((view.Call.ConsultOf is not null ? view.Call : view.Consultation) is not { } consultation)
        {
            return GenesysError.WrongState($"call {view.Call.Id} has no consultation to complete; start one with InitiateConference or InitiateTransfer.");
        }

        Outcome<Call, NetworkError> done = network.CompleteConsultation(consultation.Id, completion);
        return completion == ConsultCompletion.Conference ? Conferenced(view, done) : Engine(done);
    }

    private static Outcome<string, GenesysError> Participant(AgentCall view, GenesysOperationBody body)
    {
        Outcome<string, GenesysError> number = body.Text("participant", "send the participant's phone number as a string, such as \"participant\":\"15001\".");
        if (!number.Succeeded)
        {
            return number.Error!;
        }

        CallLeg? leg = view.Others.FirstOrDefault(other => GenesysCallResource.Shown(view, other.Phone) == number.Value || other.Phone.Value == number.Value);
        return leg is not null
            ? leg.Phone.Value
            : GenesysError.Invalid($"participant '{number.Value}' is not on the call; send one of {string.Join(", ", view.Others.Select(o => GenesysCallResource.Shown(view, o.Phone)))}.");
    }

    private static Outcome<string, GenesysError> Digits(GenesysOperationBody body)
    {
        const string Hint = "send \"digits\":\"5\", one or more of 0-9, * and #.";
        Outcome<string, GenesysError> digits = body.Text("digits", Hint);
        return !digits.Succeeded || digits.Value!.All(c => char.IsAsciiDigit(c) || c is '*' or '#') ? digits : GenesysError.Invalid($"digits '{digits.Value}' has other characters; {Hint}");
    }

    private static GenesysError? Engine(Outcome<Call, NetworkError> outcome) => outcome.Succeeded ? null : outcome.Error!.Code switch
    {
        NetworkErrorCode.CallNotFound => GenesysError.NotFound(outcome.Error.Message),
        NetworkErrorCode.PublicTransferNotAllowed => new GenesysError(GenesysStatus.Forbidden, outcome.Error.Message),
        _ => GenesysError.WrongState(outcome.Error.Message),
    };
}
