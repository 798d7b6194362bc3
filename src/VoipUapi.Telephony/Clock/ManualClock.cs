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
    private Lock? _advanceGate;

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

    /// <summary>
    /// Makes every advance hold <paramref name="gate"/> (the lock of whatever these timers change), so that time
    /// moving is one more step in that lock's order: a change never sees the clock jump in the middle of it.
    /// </summary>
    public void SerializeAdvancesWith(Lock gate) => _advanceGate = gate;

    /// <summary>Moves the clock forward by <paramref name="span"/> and returns the new time.</summary>
    public DateTimeOffset Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        if (_advanceGate is not { } gate)
        {
            return AdvanceTo(GetUtcNow() + span);
        }

        lock (gate)
        {
            return AdvanceTo(GetUtcNow() + span);
        }
    }

    /// <summary>Moves the clock forward to <paramref name="target"/>, firing what falls due on the way.</summary>
    public DateTimeOffset AdvanceTo(DateTimeOffset target)
    {
        if (_advanceGate is not { } gate)
        {
            return Run(target);
        }

        lock (gate)
        {
            return Run(target);
        }
    }

    /// <summary>Sets the timer's next due time, <paramref name="dueTime"/> from now, in one step with reading now.</summary>
    internal void Schedule(ManualTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            DateTimeOffset due = _now + dueTime;
            timer.SetDue(due);
            _due.Enqueue(timer, (due, _scheduled++));
        }
    }

    internal void Reschedule(ManualTimer timer, DateTimeOffset due)
    {
        lock (_gate)
        {
            timer.SetDue(due);
            _due.Enqueue(timer, (due, _scheduled++));
        }
    }

    private DateTimeOffset Run(DateTimeOffset target)
    {
        while (TakeNextDue(target) is { } timer)
        {
            timer.Fire();
        }

        return GetUtcNow();
    }

    /// <summary>The next timer due by <paramref name="target"/>, with now moved to its due time; or, when none is, now moved to the target.</summary>
    private ManualTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            while (_due.TryPeek(out ManualTimer? timer, out (DateTimeOffset Due, long Order) key) && key.Due <= target)
            {
                _due.Dequeue();
                if (!timer.IsDueAt(key.Due))
                {
                    continue;
                }

                if (key.Due > _now)
                {
                    _now = key.Due;
                }

                return timer;
            }

            if (target > _now)
            {
                _now = target;
            }

            return null;
        }
    }
}
