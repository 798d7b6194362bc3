namespace VoipUapi.Telephony.Clock;

/// <summary>A timer of <see cref="ManualClock"/>; a change or dispose makes its earlier queue entries stale.</summary>
internal sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _due;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        DateTimeOffset? due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.Now() + dueTime;
        lock (_gate)
        {
            _due = due;
            _period = period;
        }

        if (due is { } at)
        {
            clock.Schedule(this, at);
        }

        return true;
    }

    public bool IsDueAt(DateTimeOffset due)
    {
        lock (_gate)
        {
            return _due == due;
        }
    }

    public void Fire()
    {
        DateTimeOffset? next = null;
        lock (_gate)
        {
            if (_due is not { } due)
            {
                return;
            }

            next = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? due + _period : null;
            _due = next;
        }

        if (next is { } at)
        {
            clock.Schedule(this, at);
        }

        callback(state);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _due = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
