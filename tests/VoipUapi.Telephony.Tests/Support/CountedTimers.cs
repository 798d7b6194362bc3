namespace VoipUapi.Telephony.Tests.Support;

/// <summary>A time provider that counts how often the timers it hands out are changed, passing everything to <paramref name="inner"/>.</summary>
internal sealed class CountedTimers(TimeProvider inner) : TimeProvider
{
    private int _changes;

    /// <summary>How many times any of its timers was set (created with a due time, or changed).</summary>
    public int Changes => _changes;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new CountedTimer(Count, inner.CreateTimer(callback, state, dueTime, period));
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Count();
        }

        return timer;
    }

    private void Count() => Interlocked.Increment(ref _changes);
}
