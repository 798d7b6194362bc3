namespace VoipUapi.Telephony.Events;

/// <param name="Role">The role it joined with; null when it left.</param>
/// <param name="Tone">True when the room played its join tone.</param>
/// <param name="Music">True when the one who joined hears music (alone in the room, or waiting for an admin).</param>
public sealed record ParticipantPayload(ConferenceKey Conference, ConferenceRole? Role = null, bool Tone = false, bool Music = false) : EventPayload
{
    public override string Describe() =>
        Role is { } role
            ? $"{Conference} {role.ToString().ToLowerInvariant()}{(Tone ? " tone" : string.Empty)}{(Music ? " music" : string.Empty)}"
            : Conference.ToString();
}
