namespace VoipUapi.Api.Emulator;

/// <summary>One phone in a conference room.</summary>
/// <param name="CallId">The call that brought it into the room.</param>
/// <param name="Role"><c>admin</c>, <c>talker</c> or <c>listener</c>.</param>
/// <param name="Muted">True for listeners: the room hears nothing from them.</param>
/// <param name="Waiting">True while the conference waits for an admin and this participant is none.</param>
/// <param name="HearsMusic">True while it waits, or is alone in a conference that plays music then.</param>
public sealed record ConferenceParticipantResource(
    string Phone,
    string CallId,
    string Role,
    DateTime Joined,
    bool Muted,
    bool Waiting,
    bool HearsMusic);
