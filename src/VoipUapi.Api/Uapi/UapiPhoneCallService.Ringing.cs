using VoipUapi.Api.Uapi.Actions;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi;

/// <summary>The actions that ring a Phone Terminal for a call: UnPark, and BargeIn, Whisper and Monitor (a third party with its own audio).</summary>
public sealed partial class UapiPhoneCallService
{
    private Outcome<Call, UapiError> UnPark(CallActionTarget target)
    {
        Outcome<RingRequest, UapiError> ring = RingPhoneTerminal(target);
        return ring.Succeeded
            ? Engine(target, network.UnPark(target.Call.Id, ring.Value.Phone, ring.Value.CallerId, ring.Value.WaitForPickup))
            : ring.Error;
    }

    /// <summary>
    /// Rings <c>sendCallTo</c>; answered, it joins the call: hearing and heard by all (BargeIn), speaking only to the
    /// view's party (Whisper; <c>private</c> 1: without hearing the call), or listening only (Monitor).
    /// </summary>
    private Outcome<Call, UapiError> Supervise(CallActionTarget target)
    {
        PhoneAddress? coached = null;
        if (target.Action == CallAction.Whisper)
        {
            Outcome<PhoneAddress, UapiError> party = PartyOf(target);
            if (!party.Succeeded)
            {
                return party.Error;
            }

            coached = party.Value;
        }

        Outcome<RingRequest, UapiError> ring = RingPhoneTerminal(target);
        if (!ring.Succeeded)
        {
            return ring.Error;
        }

        JoinMode mode = target.Action switch
        {
            CallAction.BargeIn => JoinMode.Full,
            CallAction.Monitor => JoinMode.Monitor,
            _ => QueryValues.IsTrue(target.Body.Private) ? JoinMode.PrivateWhisper : JoinMode.Whisper,
        };
        var order = new AddPartyOrder(target.Call.Id, ring.Value.Phone, ring.Value.CallerId ?? target.View.CallerId, ring.Value.WaitForPickup, mode, coached);
        return Engine(target, network.AddParty(order));
    }
}
