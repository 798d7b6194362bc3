namespace VoipUapi.Telephony.Events;

/// <summary>
/// One change of the network, numbered in the order the changes happened. <see cref="Call"/> is the call as the
/// command that made the change committed it, so a reader needs no later look-up; an event about no call (a
/// conference, a phone) has none.
/// </summary>
/// <param name="Phone">The phone a leg event is about.</param>
/// <param name="Payload">What the change ended in, typed: a leg's final state, a call's disposition, digits, a conference.</param>
/// <param name="Conference">The conference the event is about, if any.</param>
public sealed record NetworkEvent(
    long Sequence,
    DateTimeOffset At,
    NetworkEventKind Kind,
    CallId? CallId,
    string? Phone = null,
    EventPayload? Payload = null,
    Call? Call = null,
    ConferenceKey? Conference = null)
{
    /// <summary>The payload as human text (for logs and the event stream); never parse it: read <see cref="Payload"/>.</summary>
    public string? Detail => Payload?.Describe();
}
