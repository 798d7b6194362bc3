namespace VoipUapi.Telephony.Calls;

/// <summary>One phone the call rang: its part, its state, and the behaviour it had when it started ringing.</summary>
public sealed record CallLeg(
    int Index,
    PhoneAddress Phone,
    LegRole Role,
    LegState State,
    PhoneBehaviour Behaviour,
    CallerId ShownCallerId,
    DateTimeOffset Started,
    DateTimeOffset? Answered = null,
    DateTimeOffset? Ended = null)
{
    public bool IsLive => State is LegState.Ringing or LegState.Answered;
}
