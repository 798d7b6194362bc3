using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Finding the party an action is for, with refusals that say what the call is doing instead.</summary>
internal static class CallParties
{
    /// <summary>
    /// The live, connected call <paramref name="id"/> and the leg on which <paramref name="phone"/> talks in it. A phone
    /// that does not talk because the call is parked, being transferred or in voicemail is told so.
    /// </summary>
    public static Outcome<(Call Call, CallLeg Leg), NetworkError> Talking(CallStore calls, CallId id, PhoneAddress phone, string action)
    {
        if (calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        if (call.Phase != CallPhase.Connected)
        {
            return new NetworkError(NetworkErrorCode.CallNotConnected, $"call {id} is not connected yet ({Named(call.Phase)}); {action} needs a call both sides talk on.");
        }

        return call.Legs.LastOrDefault(leg => leg.State == LegState.Answered && leg.IsFullParty && leg.Phone == phone) is { } talking
            ? (call, talking)
            : Busy(call, action) ?? new NetworkError(NetworkErrorCode.PhoneNotInCall, $"{phone} does not talk on call {id}; {action} needs one of its parties: {Talkers(call)}.");
    }

    /// <summary>As <see cref="Talking"/>, and refused while the call is parked, transferred or in a voicemail box.</summary>
    public static Outcome<(Call Call, CallLeg Leg), NetworkError> TalkingOnPlainCall(CallStore calls, CallId id, PhoneAddress phone, string action)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = Talking(calls, id, phone, action);
        return found.Succeeded && Busy(found.Value.Call, action) is { } busy ? busy : found;
    }

    /// <summary>Why an action that needs a plain call cannot run on <paramref name="call"/> now, or null when it can.</summary>
    public static NetworkError? Busy(Call call, string action) =>
        call.Parking is { } parking ? Refused(call, $"it is parked at position {parking.Position} by {parking.ParkedBy}", action)
        : call.Transfer is { } transfer ? Refused(call, $"{transfer.TransferredBy} is transferring it to {call.Legs[transfer.TargetLeg].Phone}", action)
        : call.Voicemail is { } voicemail ? Refused(call, $"{voicemail.Caller} is leaving a message in the voicemail of {voicemail.Mailbox}", action)
        : null;

    /// <summary>The phones that talk on the call, as a list to choose from.</summary>
    public static string Talkers(Call call) =>
        string.Join(", ", call.Legs.Where(leg => leg.State == LegState.Answered && leg.IsFullParty).Select(leg => leg.Phone.Value));

    private static NetworkError Refused(Call call, string doing, string action) =>
        new(NetworkErrorCode.CallStateInvalid, $"call {call.Id} cannot take {action}: {doing}.");

    private static string Named(CallPhase phase) => phase switch
    {
        CallPhase.RingingSources => "its sources ring",
        CallPhase.RingingDestination => "its destination rings",
        _ => phase.ToString(),
    };
}
