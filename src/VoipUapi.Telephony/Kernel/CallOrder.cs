namespace VoipUapi.Telephony.Kernel;

/// <summary>Where a call stands in a list of calls: by the second it was published, then by id (ordinal).</summary>
internal readonly record struct CallOrder(long PublishedSecond, CallId Id) : IComparable<CallOrder>
{
    public static CallOrder Of(Call call) => new(call.Published.UtcTicks / TimeSpan.TicksPerSecond, call.Id);

    public int CompareTo(CallOrder other)
    {
        int bySecond = PublishedSecond.CompareTo(other.PublishedSecond);
        return bySecond != 0 ? bySecond : string.CompareOrdinal(Id.Value, other.Id.Value);
    }
}
