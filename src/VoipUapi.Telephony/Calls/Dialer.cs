using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Places calls (simple, inbound), adds parties to connected ones and hangs calls up.</summary>
internal sealed class Dialer(NetworkKernel kernel, CallMachine machine, CallFactory factory, PhoneLines lines, ConferenceInvites conferences)
{
    /// <summary>Publishes a simple call and rings its sources; the call may already have ended (all busy) on return.</summary>
    public Outcome<Call, NetworkError> PlaceSimple(SimpleCallOrder order, Change change)
    {
        if (kernel.Calls.NonceRefusal(order.Nonce) is { } nonceInUse)
        {
            return nonceInUse;
        }

        Call call = machine.Publish(factory.Simple(order, change.Now), change);
        return Outcome<Call, NetworkError>.Success(change.Commit(machine.RingStage(call, LegRole.Source, change)));
    }

    /// <summary>Publishes a callback call and rings its destinations first; once one answers, the sources ring.</summary>
    public Outcome<Call, NetworkError> PlaceCallback(SimpleCallOrder order, Change change)
    {
        if (kernel.Calls.NonceRefusal(order.Nonce) is { } nonceInUse)
        {
            return nonceInUse;
        }

        Call call = machine.Publish(factory.Callback(order, change.Now), change);
        return Outcome<Call, NetworkError>.Success(change.Commit(machine.RingStage(call, LegRole.Destination, change)));
    }

    /// <summary>
    /// A caller of the public network dials a local extension: the caller is on the line, the extension rings (a
    /// Conference extension answers and asks for the conference and its PIN).
    /// </summary>
    public Outcome<Call, NetworkError> PlaceInbound(InboundCallOrder order, Change change)
    {
        PhoneAddress caller = PhoneAddress.ForPublic(order.From);
        if (!lines.HasFreeLine(caller))
        {
            string calls = string.Join(", ", lines.InUse(caller.Value).Select(line => line.CallId));
            return new NetworkError(NetworkErrorCode.PhoneEngaged, $"{caller} is already on call {calls}; hang that up first or call from another number.");
        }

        if (order.Extension.Type == ExtensionType.Conference)
        {
            return change.Commit(conferences.DialIn(order, caller, change));
        }

        Call call = machine.Publish(factory.Inbound(order, caller, change.Now), change);
        call = machine.AddLeg(call, caller, LegRole.Source, PhoneBehaviour.AnswersAtOnce, order.CallerId, change.Now, change.Now, change);
        return Outcome<Call, NetworkError>.Success(change.Commit(machine.RingStage(call, LegRole.Destination, change)));
    }

    /// <summary>Rings <see cref="AddPartyOrder.Phone"/> for a connected call; busy, refused or unanswered, the call goes on without it.</summary>
    public Outcome<Call, NetworkError> AddParty(AddPartyOrder order, Change change)
    {
        if (kernel.Calls.FindLive(order.CallId) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {order.CallId}; it may have ended.");
        }

        if (call.Phase != CallPhase.Connected)
        {
            return new NetworkError(NetworkErrorCode.CallNotConnected, $"call {call.Id} is not connected yet ({call.Phase}); add a party once both sides talk.");
        }

        if (CallParties.Busy(call, "another party") is { } busy)
        {
            return busy;
        }

        if (call.Legs.Any(leg => leg.IsLive && leg.Phone == order.Phone))
        {
            return new NetworkError(NetworkErrorCode.PhoneAlreadyInCall, $"{order.Phone} is already in call {call.Id}; add a phone that is not.");
        }

        Outcome<PartyAudio, NetworkError> audio = AudioOf(call, order);
        if (!audio.Succeeded)
        {
            return audio.Error;
        }

        call = machine.StartLeg(call, order.Phone, LegRole.Added, order.CallerId, change);
        call = call.WithLeg(call.Legs[^1] with { Audio = audio.Value });
        CallLeg added = call.Legs[^1];
        if (added.State == LegState.Ringing && added.Behaviour.AnswersImmediately)
        {
            call = machine.Answer(call, added.Index, change);
        }
        else if (added.State == LegState.Ringing)
        {
            int index = added.Index;
            kernel.Timers.Schedule(call.Id, TimerSlot.RingOf(index), kernel.WaitOrDefault(order.WaitForPickup), (c, next) =>
                c.Legs[index].State == LegState.Ringing ? machine.EndLeg(c, c.Legs[index], LegState.NoAnswer, next) : c);
        }

        return Outcome<Call, NetworkError>.Success(change.Commit(call));
    }

    private static Outcome<PartyAudio, NetworkError> AudioOf(Call call, AddPartyOrder order)
    {
        if (order.Mode is JoinMode.Full or JoinMode.Monitor)
        {
            return order.Mode == JoinMode.Full ? PartyAudio.Full : PartyAudio.ListenOnly;
        }

        CallLeg? coached = order.SpeaksTo is { } phone ? call.Legs.LastOrDefault(leg => leg.State == LegState.Answered && leg.IsFullParty && leg.Phone == phone) : null;
        return coached is null
            ? new NetworkError(NetworkErrorCode.PhoneNotInCall,
                $"a whisper speaks to one party of call {call.Id}; name one that talks on it: {CallParties.Talkers(call)}.")
            : PartyAudio.Whisper(coached.Index, hearsCall: order.Mode == JoinMode.Whisper);
    }

    /// <summary>
    /// Hangs up the whole call, or only the party <paramref name="phone"/>: the call goes on while two parties remain,
    /// and a stage that has nobody left ringing ends it.
    /// </summary>
    public Outcome<Call, NetworkError> HangUp(CallId id, string? phone, Change change)
    {
        if (kernel.Calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        if (phone is null)
        {
            CallDisposition disposition = call.Phase == CallPhase.Connected ? CallDisposition.Answered : CallDisposition.NoAnswer;
            return Outcome<Call, NetworkError>.Success(change.Commit(machine.End(call, disposition, LegState.Cancelled, change)));
        }

        int[] legs = [.. call.Legs.Where(leg => leg.IsLive && string.Equals(leg.Phone.Value, phone, StringComparison.Ordinal)).Select(leg => leg.Index)];
        if (legs.Length == 0)
        {
            return new NetworkError(NetworkErrorCode.PhoneNotInCall, $"{phone} is not a live party of call {id}; nothing was hung up.");
        }

        return Outcome<Call, NetworkError>.Success(change.Commit(legs.Aggregate(call, (c, leg) => machine.LegLeaves(c, leg, change))));
    }
}
