using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// Blind transfer: the transferring party leaves and the call rings another phone for the party that stays, keeping
/// its id; answered, the call goes on with it, unanswered or refused, it ends. Transfer to voicemail: the party that
/// stays leaves a message until it hangs up or the box's longest message is reached.
/// </summary>
internal sealed class Transfers(NetworkKernel kernel, CallMachine machine) : ICallObserver
{
    public Outcome<Call, NetworkError> Transfer(TransferOrder order, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.Talking(kernel.Calls, order.CallId, order.From, "a transfer");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg from) = found.Value;
        Outcome<CallLeg, NetworkError> stays = Staying(call, from, order.Transferred);
        if (!stays.Succeeded)
        {
            return stays.Error;
        }

        if (order.SendCallTo.Kind == PhoneAddressKind.Public && !call.AllowPublicTransfer)
        {
            return new NetworkError(NetworkErrorCode.PublicTransferNotAllowed,
                $"call {call.Id} was created without allowPublicTransfer=true, so it cannot be transferred to the public number {order.SendCallTo}; transfer it to an extension.");
        }

        if (call.Legs.Any(leg => leg.IsLive && leg.Phone == order.SendCallTo))
        {
            return new NetworkError(NetworkErrorCode.PhoneAlreadyInCall, $"{order.SendCallTo} is already in call {call.Id}; transfer it to a phone that is not.");
        }

        call = machine.EndLeg(call with { Hold = null }, from, LegState.Transferred, change);
        call = machine.StartLeg(call, order.SendCallTo, from.Role, order.CallerId ?? stays.Value.ShownCallerId, change);
        CallLeg target = call.Legs[^1];
        call = call with { Transfer = new CallTransfer(order.From, stays.Value.Index, target.Index) };
        change.Record(NetworkEventKind.CallTransferred, call, order.From.Value, new TransferPayload(order.SendCallTo, stays.Value.Phone));
        if (target.State != LegState.Ringing)
        {
            return change.Commit(machine.End(call, CallDisposition.Answered, LegState.Cancelled, change));
        }

        if (target.Behaviour.AnswersImmediately)
        {
            return change.Commit(machine.Answer(call, target.Index, change));
        }

        int index = target.Index;
        kernel.Timers.Schedule(call.Id, TimerSlot.RingOf(index), kernel.WaitOrDefault(order.WaitForPickup), (c, next) =>
            c.Legs[index].State == LegState.Ringing ? machine.End(c, CallDisposition.Answered, LegState.NoAnswer, next) : c);
        return change.Commit(call);
    }

    public Outcome<Call, NetworkError> ToVoicemail(VoicemailOrder order, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.TalkingOnPlainCall(kernel.Calls, order.CallId, order.Transferred, "a transfer to voicemail");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg stays) = found.Value;

        call = call with { Voicemail = new VoicemailMessage(order.Mailbox, stays.Phone, change.Now), Hold = null };
        foreach (CallLeg leg in call.Legs.Where(leg => leg.IsLive && leg.Index != stays.Index).ToList())
        {
            LegState leaves = leg.State == LegState.Ringing ? LegState.Cancelled : leg.Phone == order.From ? LegState.Transferred : LegState.HungUp;
            call = machine.EndLeg(call, leg, leaves, change);
        }

        change.Record(NetworkEventKind.VoicemailStarted, call, stays.Phone.Value, new SpanPayload(order.Mailbox.ToString()));
        kernel.Timers.Schedule(call.Id, TimerSlot.Voicemail, TimeSpan.FromSeconds(kernel.Options.MaxVoicemailSeconds),
            (c, next) => machine.End(c, CallDisposition.Answered, LegState.Cancelled, next));
        return change.Commit(call);
    }

    /// <summary>The transfer's target answered: the call goes on with it.</summary>
    public Call OnLegAnswered(Call call, CallLeg leg, Change change) => Settled(call, leg);

    /// <summary>The target refused the transfer: nobody is left to put the party through to.</summary>
    public Call OnLegEnded(Call call, CallLeg leg, Change change) => Settled(call, leg);

    /// <summary>A message being left ends with the call: its length is known now.</summary>
    public Call OnCallEnded(Call call, Change change)
    {
        if (call.Voicemail is not { Ended: null } message)
        {
            return call;
        }

        call = call with { Voicemail = message with { Ended = change.Now } };
        change.Record(NetworkEventKind.VoicemailEnded, call, message.Caller.Value, new SpanPayload(message.Mailbox.ToString(), change.Now - message.Started));
        return call;
    }

    /// <summary>Once the target of a transfer answers or stops ringing, the transfer is over either way.</summary>
    private static Call Settled(Call call, CallLeg leg) =>
        call.Transfer is { } transfer && transfer.TargetLeg == leg.Index ? call with { Transfer = null } : call;

    /// <summary>The party that stays: the one named, or the only other party talking on the call.</summary>
    private static Outcome<CallLeg, NetworkError> Staying(Call call, CallLeg from, PhoneAddress? named)
    {
        if (CallParties.Busy(call, "a transfer") is { } busy)
        {
            return busy;
        }

        List<CallLeg> others = call.Legs.Where(leg => leg.State == LegState.Answered && leg.IsFullParty && leg.Index != from.Index).ToList();
        List<CallLeg> matching = named is { } phone ? others.FindAll(leg => leg.Phone == phone) : others;
        return matching switch
        {
            [var only] => only,
            [] when named is not null => new NetworkError(NetworkErrorCode.PhoneNotInCall,
                $"{named} does not talk on call {call.Id} besides {from.Phone}; the party to transfer is one of {string.Join(", ", others.Select(l => l.Phone))}."),
            _ => new NetworkError(NetworkErrorCode.PhoneCallAmbiguous,
                $"call {call.Id} has several parties besides {from.Phone} ({string.Join(", ", others.Select(l => l.Phone))}); name the one to transfer."),
        };
    }
}
