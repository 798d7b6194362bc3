using System.Collections.Immutable;

namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// A conference a Conference extension hosts, in the terms every dialect shares: its number on the host, the PIN of
/// each role, how many may be in it, when it is open, and how it treats its participants.
/// </summary>
/// <param name="MaxParticipants">How many participants the room holds at most; null: no limit.</param>
/// <param name="Start">When it opens; null: it is always open.</param>
/// <param name="Duration">How long it stays open from <paramref name="Start"/>; null: it never closes.</param>
public sealed record ScheduledConference(
    ExtensionNumber Host,
    string Number,
    ConferencePins Pins,
    int? MaxParticipants = null,
    DateTimeOffset? Start = null,
    TimeSpan? Duration = null,
    ConferenceFeatures Features = ConferenceFeatures.None,
    string? Name = null)
{
    public const int MaxNumberLength = 10;

    /// <summary>Who owns the conference, numbered as the dialect that created it numbers its people; null: nobody. The network only keeps it.</summary>
    public int? OwnerId { get; init; }

    /// <summary>The caller id notification calls show, as the client wrote it; null: the host's own.</summary>
    public string? NotificationCallerId { get; init; }

    /// <summary>How the conference comes back after its first start; null: it takes place once.</summary>
    public ConferenceRecurrence? Recurrence { get; init; }

    /// <summary>Who is told just before the conference starts, in the order they were added.</summary>
    public ImmutableArray<ConferenceNotification> Notifications { get; init; } = ImmutableArray<ConferenceNotification>.Empty;

    public ConferenceKey Key => new(Host, Number);

    /// <summary>When its first occurrence closes; null when it never does.</summary>
    public DateTimeOffset? End => Start + Duration;

    public bool Has(ConferenceFeatures feature) => (Features & feature) == feature;

    public bool IsOpenAt(DateTimeOffset now) => ClosedReason(now) is null;

    /// <summary>When the occurrence open at <paramref name="now"/> closes; null when it never does (or none is open).</summary>
    public DateTimeOffset? EndOfOccurrenceAt(DateTimeOffset now) =>
        Occurrences().FirstOrDefault(o => now >= o.Start && (o.End is null || now < o.End)).End;

    /// <summary>Why it is not open at <paramref name="now"/> (its next occurrence, or its last end), or null when it is.</summary>
    public string? ClosedReason(DateTimeOffset now)
    {
        if (Start is null)
        {
            return null;
        }

        DateTimeOffset? lastEnd = null;
        foreach ((DateTimeOffset start, DateTimeOffset? end) in Occurrences())
        {
            if (now < start)
            {
                return $"conference {Number} of {Host} opens at {start:O}";
            }

            if (end is null || now < end)
            {
                return null;
            }

            lastEnd = end;
        }

        return $"conference {Number} of {Host} closed at {lastEnd:O}";
    }

    /// <summary>Each time it takes place: the first start, then one per <see cref="Recurrence"/> step; none without a start.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset? End)> Occurrences()
    {
        if (Start is not { } first)
        {
            yield break;
        }

        for (int i = 0; i < (Recurrence?.Count ?? 1); i++)
        {
            DateTimeOffset start = Recurrence is { } recurrence ? recurrence.Occurrence(first, i) : first;
            yield return (start, start + Duration);
        }
    }

    /// <summary>What is wrong with the conference as given, or null when nothing is.</summary>
    public string? Problem() =>
        Number is not { Length: > 0 and <= MaxNumberLength } || !Number.All(char.IsAsciiDigit) ? $"number must be 1 to {MaxNumberLength} digits"
        : Pins.Problem() is { } pins ? pins
        : MaxParticipants is < 1 ? "maxParticipants must be at least 1, or absent for no limit"
        : Duration is { } duration && duration <= TimeSpan.Zero ? "duration must be positive, or absent for a conference that never closes"
        : Duration is not null && Start is null ? "a duration needs a start"
        : Start is { } start && Duration is { } length && length > DateTimeOffset.MaxValue - start ? "the conference would close after the year 9999; give an earlier start or a shorter duration"
        : Recurrence is not null && Start is null ? "a recurring conference needs a start"
        : Recurrence?.Problem();
}
