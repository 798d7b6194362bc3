namespace VoipUapi.Telephony.Calls;

/// <summary>One phone the call rang: its part, its state, and the behaviour it had when it started ringing.</summary>
/// <param name="PickedUpBy">For a leg whose ringing was picked up: the index of the leg that took the call over.</param>
/// <param name="Audio">What the phone hears and who hears it: a full party, or a whisperer or monitor.</param>
/// <param name="Muted">True while the call hears nothing from this phone.</param>
public sealed record CallLeg(
    int Index,
    PhoneAddress Phone,
    LegRole Role,
    LegState State,
    PhoneBehaviour Behaviour,
    CallerId ShownCallerId,
    DateTimeOffset Started,
    DateTimeOffset? Answered = null,
    DateTimeOffset? Ended = null,
    int? PickedUpBy = null,
    PartyAudio? Audio = null,
    bool Muted = false)
{
    public bool IsLive => State is LegState.Ringing or LegState.Answered;

    /// <summary>True for a party that talks to everyone on the call; whisperers and monitors are not.</summary>
    public bool IsFullParty => Audio is null or { HearsCall: true, SpeaksToAll: true };
}
