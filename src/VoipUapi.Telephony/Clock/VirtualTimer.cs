namespace VoipUapi.Telephony.Clock;

/// <summary>A timer of <see cref="VirtualClock"/>; a change or dispose makes its earlier queue entries stale.</summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _due;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private bool _disposed;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }

            _period = period;
            _due = null;
        }

        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            clock.Schedule(this, dueTime);
        }

        return true;
    }

    public void SetDue(DateTimeOffset due)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _due = due;
            }
        }
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
        DateTimeOffset? next;
        lock (_gate)
        {
            if (_due is not { } due)
            {
                return;
            }

            next = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? due + _period : null;
            _due = null;
        }

        if (next is { } at)
        {
            clock.Reschedule(this, at);
        }

        callback(state);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _due = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
