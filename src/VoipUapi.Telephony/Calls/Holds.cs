using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Hold: one party puts the call on hold (the others hear music) and takes it off again; its line stays in use, held.</summary>
internal sealed class Holds(NetworkKernel kernel) : ICallObserver
{
    public Outcome<Call, NetworkError> Hold(CallId id, PhoneAddress holder, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.TalkingOnPlainCall(kernel.Calls, id, holder, "a hold");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg leg) = found.Value;

        if (call.Hold is { } held)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid,
                $"call {id} is already on hold, by {call.Legs[held.HolderLeg].Phone} since {held.Since:O}; take it off hold first.");
        }

        return change.Commit(Put(call, leg, change));
    }

    /// <summary>Puts <paramref name="call"/> on hold by <paramref name="holder"/>, checked by the caller.</summary>
    public static Call Put(Call call, CallLeg holder, Change change)
    {
        call = call with { Hold = new CallHold(holder.Index, change.Now) };
        List<string> hearing = [.. call.Legs.Where(l => l.State == LegState.Answered && l.Index != holder.Index).Select(l => l.Phone.Value)];
        change.Record(NetworkEventKind.CallHeld, call, holder.Phone.Value, new MusicPayload(hearing));
        return call;
    }

    public Outcome<Call, NetworkError> Retrieve(CallId id, PhoneAddress holder, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.Talking(kernel.Calls, id, holder, "an off-hold");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg leg) = found.Value;
        if (call.Hold is not { } held)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid,
                $"call {id} is not on hold: {CallParties.Talkers(call)} talk on it; only a call put on hold (OnHold) can be taken off hold.");
        }

        if (held.HolderLeg != leg.Index)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid,
                $"call {id} was put on hold by {call.Legs[held.HolderLeg].Phone}, not {holder}; the party that held it takes it off hold.");
        }

        call = call with { Hold = null };
        change.Record(NetworkEventKind.CallRetrieved, call, holder.Value);
        return change.Commit(call);
    }

    /// <summary>A holder that leaves takes its hold with it.</summary>
    public Call OnLegEnded(Call call, CallLeg leg, Change change) =>
        call.Hold is { } held && held.HolderLeg == leg.Index ? call with { Hold = null } : call;
}
