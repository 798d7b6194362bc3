namespace VoipUapi.Telephony.Calls;

/// <summary>One phone the call rang: its part, its state, and the behaviour it had when it started ringing.</summary>
/// <param name="PickedUpBy">For a leg whose ringing was picked up: the index of the leg that took the call over.</param>
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
    int? PickedUpBy = null)
{
    public bool IsLive => State is LegState.Ringing or LegState.Answered;
}
