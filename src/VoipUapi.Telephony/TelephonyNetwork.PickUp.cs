namespace VoipUapi.Telephony;

/// <summary>Pick-up: a call that rings on one phone stops ringing there and rings another phone instead.</summary>
public sealed partial class TelephonyNetwork
{
    /// <summary>
    /// The call stops ringing on <see cref="PickUpOrder.RingingOn"/> (and on any other phone of that side) and rings
    /// <see cref="PickUpOrder.SendCallTo"/> for <see cref="PickUpOrder.WaitForPickup"/>: answered, the call goes on
    /// with it; busy, refused or not answered in time, the call is cancelled.
    /// </summary>
    public NetworkResult<Call> PickUp(PickUpOrder order)
    {
        lock (_gate)
        {
            if (!_live.TryGetValue(order.CallId, out Call? call))
            {
                return NetworkResult<Call>.Failure(NetworkErrorCode.CallNotFound, $"there is no live call {order.CallId}; it may have ended.");
            }

            CallLeg? ringing = call.Legs.LastOrDefault(leg => leg.Phone == order.RingingOn);
            if (ringing is not { State: LegState.Ringing })
            {
                return NetworkResult<Call>.Failure(
                    NetworkErrorCode.CallNotRinging,
                    $"call {call.Id} does not ring on {order.RingingOn}: {Doing(call, ringing)}. Only a call that rings on the extension can be picked up.");
            }

            if (order.SendCallTo == order.RingingOn || call.Legs.Any(leg => leg.IsLive && leg.Phone == order.SendCallTo))
            {
                return NetworkResult<Call>.Failure(
                    NetworkErrorCode.PickUpTargetInvalid,
                    order.SendCallTo == order.RingingOn
                        ? $"{order.SendCallTo} is the phone the call rings on; send it to another one."
                        : $"{order.SendCallTo} is already in call {call.Id}; send it to a phone that is not.");
            }

            DateTimeOffset now = _time.GetUtcNow();
            call = EndLeg(call, ringing, LegState.PickedUp, now);
            foreach (CallLeg other in call.LegsOf(ringing.Role).Where(leg => leg.State == LegState.Ringing).ToList())
            {
                call = EndLeg(call, other, LegState.Cancelled, now);
            }

            Events.Append(now, NetworkEventKind.CallPickedUp, call.Id, ringing.Phone.Value, order.SendCallTo.Value);
            call = StartLeg(call with { RingRound = call.RingRound + 1 }, order.SendCallTo, ringing.Role, order.CallerId ?? ringing.ShownCallerId, now);
            CallLeg taker = call.Legs[^1];
            call = call.WithLeg(call.Legs[ringing.Index] with { PickedUpBy = taker.Index });
            return NetworkResult<Call>.Success(Commit(RingTaker(call, taker, order.WaitForPickup, now)));
        }
    }

    private Call RingTaker(Call call, CallLeg taker, TimeSpan? waitForPickup, DateTimeOffset now)
    {
        if (taker.State != LegState.Ringing)
        {
            CallDisposition failed = taker.State == LegState.Busy ? CallDisposition.Busy : CallDisposition.Failed;
            return End(call, failed, LegState.Cancelled, now);
        }

        if (taker.Behaviour.AnswersImmediately)
        {
            return Answer(call, taker.Index, now);
        }

        int round = call.RingRound;
        int index = taker.Index;
        Schedule(call.Id, waitForPickup ?? TimeSpan.FromSeconds(_options.DefaultWaitForPickupSeconds), (c, at) =>
            c.RingRound == round && c.Legs[index].State == LegState.Ringing ? End(c, CallDisposition.NoAnswer, LegState.NoAnswer, at) : c);
        return call;
    }

    private static string Doing(Call call, CallLeg? leg) => leg?.State switch
    {
        null => "it never rang there",
        LegState.Answered when call.Phase == CallPhase.Connected => "it is answered there and on the call (status 5)",
        LegState.Answered => "it is answered there and rings the other side (status 4)",
        LegState.PickedUp => "it was picked up from there already",
        { } state => $"it stopped ringing there ({state})",
    };
}
