namespace VoipUapi.Telephony.Clock;

/// <summary>
/// A timer of <see cref="VirtualClock"/>; a change or dispose makes its earlier queue entries stale. Disposed, it lets go
/// of its callback and state, so that a stale entry waiting in the clock's queue keeps nothing of what it would have run.
/// </summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    private readonly Lock _gate = new();
    private TimerCallback? _callback = callback;
    private object? _state = state;
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
        TimerCallback? run;
        object? state;
        lock (_gate)
        {
            if (_due is not { } due || _callback is null)
            {
                return;
            }

            next = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? due + _period : null;
            _due = null;
            (run, state) = (_callback, _state);
        }

        if (next is { } at)
        {
            clock.Reschedule(this, at);
        }

        run(state);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _due = null;
            _callback = null;
            _state = null;
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
