namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// A conference that takes place <paramref name="Count"/> times, the first at its start and then every
/// <paramref name="Every"/>; each occurrence is open for the conference's duration.
/// </summary>
public sealed record ConferenceRecurrence(ConferenceRepeat Every, int Count)
{
    public const int MaxCount = 1000;

    /// <summary>When occurrence <paramref name="index"/> (0 for the first) starts.</summary>
    public DateTimeOffset Occurrence(DateTimeOffset first, int index) => Every switch
    {
        ConferenceRepeat.Daily => first.AddDays(index),
        ConferenceRepeat.Weekly => first.AddDays(7 * index),
        ConferenceRepeat.EveryTwoWeeks => first.AddDays(14 * index),
        ConferenceRepeat.Monthly => first.AddMonths(index),
        _ => first.AddMonths(2 * index),
    };

    /// <summary>What is wrong with the recurrence, or null when nothing is.</summary>
    public string? Problem() => Count is < 1 or > MaxCount ? $"a recurring conference takes place 1 to {MaxCount} times" : null;
}
