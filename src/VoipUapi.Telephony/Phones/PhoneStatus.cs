namespace VoipUapi.Telephony.Phones;

/// <summary>What a phone is doing now, and how it will behave when a call rings it.</summary>
/// <param name="State">What its first line in use does: an active line before a ringing one.</param>
/// <param name="CallId">The call of that line.</param>
/// <param name="Overridden">True when the behaviour was set at run time rather than taken from the seed's rules.</param>
/// <param name="Lines">Every line in use, in the order the calls took them.</param>
/// <param name="LineCount">How many lines the phone has (how many calls it may ring or talk on at once).</param>
/// <param name="Registered">False when the phone unregistered: every call meets it as unreachable.</param>
public sealed record PhoneStatus(
    PhoneAddress Phone,
    PhoneState State,
    CallId? CallId,
    PhoneBehaviour Behaviour,
    bool Overridden,
    IReadOnlyList<PhoneLine> Lines,
    int LineCount,
    bool Registered);
