namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// A conference that takes place <paramref name="Count"/> times, the first at its start and then every
/// <paramref name="Every"/>. The network keeps it with the conference; admission at join time still follows only the
/// first start and duration.
/// </summary>
public sealed record ConferenceRecurrence(ConferenceRepeat Every, int Count)
{
    public const int MaxCount = 1000;

    /// <summary>What is wrong with the recurrence, or null when nothing is.</summary>
    public string? Problem() => Count is < 1 or > MaxCount ? $"a recurring conference takes place 1 to {MaxCount} times" : null;
}
