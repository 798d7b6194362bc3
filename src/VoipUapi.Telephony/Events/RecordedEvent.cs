using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Conferences;

namespace VoipUapi.Telephony.Events;

/// <summary>An event a change recorded, not numbered yet: a value, so that the log allocates each <see cref="NetworkEvent"/> once, numbered, with its call.</summary>
internal readonly record struct RecordedEvent(
    DateTimeOffset At,
    NetworkEventKind Kind,
    CallId? CallId,
    string? Phone,
    EventPayload? Payload,
    ConferenceKey? Conference);
