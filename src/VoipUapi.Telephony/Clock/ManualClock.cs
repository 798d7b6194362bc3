namespace VoipUapi.Telephony.Clock;

/// <summary>
/// A clock that stands still until told to move. <see cref="Advance"/> fires every timer that falls due in the span,
/// in due-time order, each seeing <see cref="GetUtcNow"/> equal to its own due time; timers that those callbacks
/// create inside the span fire in the same advance.
/// </summary>
public sealed class ManualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<ManualTimer, (DateTimeOffset Due, long Order)> _due = new();
    private DateTimeOffset _now;
    private long _scheduled;

    public ManualClock(DateTimeOffset start) => _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="span"/> and returns the new time.</summary>
    public DateTimeOffset Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        return AdvanceTo(GetUtcNow() + span);
    }

    /// <summary>Moves the clock forward to <paramref name="target"/>, firing what falls due on the way.</summary>
    public DateTimeOffset AdvanceTo(DateTimeOffset target)
    {
        while (TakeNextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_gate)
        {
            if (target > _now)
            {
                _now = target;
            }

            return _now;
        }
    }

    internal void Schedule(ManualTimer timer, DateTimeOffset due)
    {
        lock (_gate)
        {
            _due.Enqueue(timer, (due, _scheduled++));
        }
    }

    internal DateTimeOffset Now() => GetUtcNow();

    private ManualTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            while (_due.TryPeek(out ManualTimer? timer, out (DateTimeOffset Due, long Order) key))
            {
                if (!timer.IsDueAt(key.Due))
                {
                    _due.Dequeue();
                    continue;
                }

                if (key.Due > target)
                {
                    return null;
                }

                _due.Dequeue();
                if (key.Due > _now)
                {
                    _now = key.Due;
                }

                return timer;
            }

            return null;
        }
    }
}
