using System.Collections.Immutable;

namespace VoipUapi.Telephony.Conferences;

/// <summary>A conference with people in it, as it is at one instant. Immutable: every join or leave makes a new value.</summary>
public sealed record ConferenceRoom(ScheduledConference Conference, DateTimeOffset Opened, ImmutableArray<ConferenceParticipant> Participants)
{
    public ConferenceKey Key => Conference.Key;

    public bool IsFull => Conference.MaxParticipants is { } max && Participants.Length >= max;

    public bool HasAdmin => Participants.Any(p => p.Role == ConferenceRole.Admin);

    /// <summary>True when <paramref name="participant"/> hears music: it waits for an admin, or is alone and the conference plays music then.</summary>
    public bool HearsMusic(ConferenceParticipant participant) =>
        participant.Waiting || (Participants.Length == 1 && Conference.Has(ConferenceFeatures.MusicWhileAlone));

    internal ConferenceRoom With(ImmutableArray<ConferenceParticipant> participants)
    {
        bool waits = Conference.Has(ConferenceFeatures.WaitForAdmin) && !participants.Any(p => p.Role == ConferenceRole.Admin);
        return this with
        {
            Participants = [.. participants.Select(p => p with { Waiting = waits && p.Role != ConferenceRole.Admin })],
        };
    }
}
