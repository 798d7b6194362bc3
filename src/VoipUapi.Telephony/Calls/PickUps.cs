using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Pick-up: a call that rings on one phone stops ringing there and rings another phone instead.</summary>
internal sealed class PickUps(NetworkKernel kernel, CallMachine machine)
{
    /// <summary>
    /// The call stops ringing on <see cref="PickUpOrder.RingingOn"/> (and on any other phone of that side) and rings
    /// <see cref="PickUpOrder.SendCallTo"/> for <see cref="PickUpOrder.WaitForPickup"/>: answered, the call goes on
    /// with it; busy, refused or not answered in time, the call is cancelled.
    /// </summary>
    public Outcome<Call, NetworkError> PickUp(PickUpOrder order, Change change)
    {
        if (kernel.Calls.FindLive(order.CallId) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {order.CallId}; it may have ended.");
        }

        CallLeg? ringing = call.Legs.LastOrDefault(leg => leg.Phone == order.RingingOn);
        if (ringing is not { State: LegState.Ringing })
        {
            return new NetworkError(
                NetworkErrorCode.CallNotRinging,
                $"call {call.Id} does not ring on {order.RingingOn}: {Doing(call, ringing)}. Only a call that rings on the extension can be picked up.");
        }

        if (order.SendCallTo == order.RingingOn || call.Legs.Any(leg => leg.IsLive && leg.Phone == order.SendCallTo))
        {
            return new NetworkError(
                NetworkErrorCode.PickUpTargetInvalid,
                order.SendCallTo == order.RingingOn
                    ? $"{order.SendCallTo} is the phone the call rings on; send it to another one."
                    : $"{order.SendCallTo} is already in call {call.Id}; send it to a phone that is not.");
        }

        call = machine.EndLeg(call, ringing, LegState.PickedUp, change);
        call = machine.StopRinging(call, ringing.Role, change);
        change.Record(NetworkEventKind.CallPickedUp, call, ringing.Phone.Value, new PickedUpPayload(order.SendCallTo));
        call = machine.StartLeg(call, order.SendCallTo, ringing.Role, order.CallerId ?? ringing.ShownCallerId, change);
        CallLeg taker = call.Legs[^1];
        call = call.WithLeg(call.Legs[ringing.Index] with { PickedUpBy = taker.Index });
        return Outcome<Call, NetworkError>.Success(change.Commit(RingTaker(call, taker, order.WaitForPickup, change)));
    }

    private Call RingTaker(Call call, CallLeg taker, TimeSpan? waitForPickup, Change change)
    {
        if (taker.State != LegState.Ringing)
        {
            CallDisposition failed = taker.State == LegState.Busy ? CallDisposition.Busy : CallDisposition.Failed;
            return machine.End(call, failed, LegState.Cancelled, change);
        }

        if (taker.Behaviour.AnswersImmediately)
        {
            return machine.Answer(call, taker.Index, change);
        }

        int index = taker.Index;
        kernel.Timers.Schedule(call.Id, TimerSlot.Ring, kernel.WaitOrDefault(waitForPickup), (c, next) =>
            c.Legs[index].State == LegState.Ringing ? machine.End(c, CallDisposition.NoAnswer, LegState.NoAnswer, next) : c);
        return call;
    }

    private static string Doing(Call call, CallLeg? leg) => leg?.State switch
    {
        null => "it never rang there",
        LegState.Answered when call.Phase == CallPhase.Connected => "it is answered there and on the call",
        LegState.Answered => "it is answered there and rings the other side",
        LegState.PickedUp => "it was picked up from there already",
        { } state => $"it stopped ringing there ({state})",
    };
}
