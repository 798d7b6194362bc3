using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Muting a party: the call hears nothing from its phone until it is unmuted.</summary>
internal sealed class Mutes(NetworkKernel kernel)
{
    public Outcome<Call, NetworkError> Set(CallId id, PhoneAddress phone, bool muted, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.Talking(kernel.Calls, id, phone, muted ? "muting" : "unmuting");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call call, CallLeg leg) = found.Value;
        if (leg.Muted == muted)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"{phone} is already {(muted ? "muted" : "not muted")} on call {id}.");
        }

        call = call.WithLeg(leg with { Muted = muted });
        change.Record(NetworkEventKind.MuteChanged, call, phone.Value, new MutePayload(muted));
        return change.Commit(call);
    }
}
