namespace VoipUapi.Telephony.Conferences;

/// <summary>Conferences by host, then by number as a number would sort (3 before 10).</summary>
internal sealed class ConferenceKeyOrder : IComparer<ConferenceKey>
{
    public static readonly ConferenceKeyOrder Instance = new();

    public int Compare(ConferenceKey x, ConferenceKey y)
    {
        int host = string.CompareOrdinal(x.Host.ToString(), y.Host.ToString());
        return host != 0 ? host
            : x.Number.Length != y.Number.Length ? x.Number.Length.CompareTo(y.Number.Length)
            : string.CompareOrdinal(x.Number, y.Number);
    }
}
