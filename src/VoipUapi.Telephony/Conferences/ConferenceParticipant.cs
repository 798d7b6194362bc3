namespace VoipUapi.Telephony.Conferences;

/// <summary>One phone in a conference room: the call that brought it, its role, and whether it hears the room.</summary>
/// <param name="Muted">Listeners are muted: the room hears nothing from them.</param>
/// <param name="Waiting">True while the conference waits for an admin and this participant is none: it hears music.</param>
/// <param name="Leg">The leg of the call that sits in the room.</param>
public sealed record ConferenceParticipant(
    CallId CallId,
    PhoneAddress Phone,
    ConferenceRole Role,
    DateTimeOffset Joined,
    bool Muted,
    bool Waiting,
    int Leg);
