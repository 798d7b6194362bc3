namespace VoipUapi.Telephony.Events;

/// <summary>One change of the network, numbered in the order the changes happened.</summary>
/// <param name="Phone">The phone a leg event is about.</param>
/// <param name="Detail">What the change ended in: a leg's final state, a call's disposition.</param>
public sealed record NetworkEvent(
    long Sequence,
    DateTimeOffset At,
    NetworkEventKind Kind,
    CallId CallId,
    string? Phone = null,
    string? Detail = null);
