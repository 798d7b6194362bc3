using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// Park: the parker leaves the call in its organization's parking lot (its line comes free, the others hear music);
/// UnPark rings a phone to take it out, and when the time in the lot runs out the parker is rung again. An unanswered
/// UnPark leaves the call in the lot; an unanswered parker ends it.
/// </summary>
internal sealed class Parks(NetworkKernel kernel, CallMachine machine) : ICallObserver, ILiveCallState
{
    private readonly Dictionary<string, SortedSet<int>> _taken = new(StringComparer.Ordinal);

    public Outcome<Call, NetworkError> Park(CallId id, PhoneAddress parker, TimeSpan? maxInParking, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.TalkingOnPlainCall(kernel.Calls, id, parker, "a park");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg leg) = found.Value;

        TimeSpan max = maxInParking ?? TimeSpan.FromSeconds(kernel.Options.DefaultMaxInParkingSeconds);
        int position = TakePosition(call.Organization.Code);
        call = call with { Parking = new CallParking(position, parker, leg.Index, change.Now, max), Hold = null };
        call = machine.EndLeg(call, leg, LegState.Parked, change);
        change.Record(NetworkEventKind.CallParked, call, parker.Value, new ParkingPayload(position, max));
        StayInLot(call, max);
        return change.Commit(call);
    }

    public Outcome<Call, NetworkError> UnPark(CallId id, PhoneAddress sendCallTo, CallerId? callerId, TimeSpan? waitForPickup, Change change)
    {
        if (kernel.Calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        if (call.Parking is not { } parking)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {id} is not parked; only a parked call (Park) can be unparked.");
        }

        if (call.Legs.FirstOrDefault(leg => leg.Role == LegRole.Added && leg.State == LegState.Ringing) is { } ringing)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {id} already rings {ringing.Phone} to leave the parking lot; wait for it to answer or give up.");
        }

        if (call.Legs.Any(leg => leg.IsLive && leg.Phone == sendCallTo))
        {
            return new NetworkError(NetworkErrorCode.PhoneAlreadyInCall, $"{sendCallTo} is already in call {id}; send it to another phone.");
        }

        kernel.Timers.Cancel(call.Id, TimerSlot.Park);
        return change.Commit(RingFromLot(call, sendCallTo, callerId, kernel.WaitOrDefault(waitForPickup), backToLot: true, change));
    }

    /// <summary>A phone that answers from the lot takes the call out of it.</summary>
    public Call OnLegAnswered(Call call, CallLeg leg, Change change)
    {
        if (call.Parking is not { } parking || leg.Role != LegRole.Added)
        {
            return call;
        }

        kernel.Timers.Cancel(call.Id, TimerSlot.Park);
        Release(call.Organization.Code, parking.Position);
        call = call with { Parking = null };
        change.Record(NetworkEventKind.CallUnparked, call, leg.Phone.Value);
        return call;
    }

    public Call OnCallEnded(Call call, Change change)
    {
        if (call.Parking is { } parking)
        {
            Release(call.Organization.Code, parking.Position);
        }

        return call;
    }

    /// <summary>Rings <paramref name="phone"/> for the parked call; unanswered, the call goes back to the lot or (the parker's own ring) ends.</summary>
    private Call RingFromLot(Call call, PhoneAddress phone, CallerId? callerId, TimeSpan wait, bool backToLot, Change change)
    {
        CallLeg parked = call.Legs.First(leg => leg.State == LegState.Answered);
        call = machine.StartLeg(call, phone, LegRole.Added, callerId ?? parked.ShownCallerId, change);
        CallLeg taker = call.Legs[^1];
        if (taker.State == LegState.Ringing && taker.Behaviour.AnswersImmediately)
        {
            return machine.Answer(call, taker.Index, change);
        }

        if (taker.State != LegState.Ringing)
        {
            return GaveUp(call, backToLot, change);
        }

        int index = taker.Index;
        kernel.Timers.Schedule(call.Id, TimerSlot.RingOf(index), wait, (c, next) =>
            c.Legs[index].State == LegState.Ringing ? GaveUp(machine.EndLeg(c, c.Legs[index], LegState.NoAnswer, next), backToLot, next) : c);
        return call;
    }

    private Call GaveUp(Call call, bool backToLot, Change change)
    {
        if (!backToLot)
        {
            return machine.End(call, CallDisposition.Answered, LegState.Cancelled, change);
        }

        StayInLot(call, call.Parking!.MaxInParking);
        return call;
    }

    public void ForgetAll() => _taken.Clear();

    private void StayInLot(Call call, TimeSpan max) =>
        kernel.Timers.Schedule(call.Id, TimerSlot.Park, max, (c, next) =>
            c.Parking is { } parking ? RingFromLot(c, parking.ParkedBy, null, kernel.WaitOrDefault(null), backToLot: false, next) : c);

    private int TakePosition(string organization)
    {
        if (!_taken.TryGetValue(organization, out SortedSet<int>? taken))
        {
            taken = [];
            _taken[organization] = taken;
        }

        int position = 1;
        while (taken.Contains(position))
        {
            position++;
        }

        taken.Add(position);
        return position;
    }

    private void Release(string organization, int position)
    {
        if (_taken.TryGetValue(organization, out SortedSet<int>? taken) && taken.Remove(position) && taken.Count == 0)
        {
            _taken.Remove(organization);
        }
    }
}
