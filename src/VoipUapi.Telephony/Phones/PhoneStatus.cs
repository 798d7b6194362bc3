namespace VoipUapi.Telephony.Phones;

/// <summary>What a phone is doing now, and how it will behave when a call rings it.</summary>
/// <param name="ViewId">The view of the call that is the phone's own, when the phone is a local extension.</param>
/// <param name="Overridden">True when the behaviour was set at run time rather than taken from the seed's rules.</param>
public sealed record PhoneStatus(
    PhoneAddress Phone,
    PhoneState State,
    CallId? CallId,
    string? ViewId,
    PhoneBehaviour Behaviour,
    bool Overridden);
