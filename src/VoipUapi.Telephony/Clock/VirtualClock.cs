namespace VoipUapi.Telephony.Clock;

/// <summary>
/// The emulator's clock. Frozen (manual), it stands still until <see cref="Advance"/> moves it; running, it follows
/// the real clock at a scale (1 = real time, 10 = ten times faster). Either way its timers live in one queue, so a
/// call ringing when the mode changes keeps its timers. An advance fires every timer due in the span in due-time
/// order, each seeing <see cref="GetUtcNow"/> equal to its own due time; timers created by those callbacks inside
/// the span fire in the same advance.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<VirtualTimer, (DateTimeOffset Due, long Order)> _due = new();
    private readonly TimeProvider _real;
    private DateTimeOffset _now;
    private long _scheduled;
    private Lock? _advanceGate;
    private bool _running;
    private double _scale = 1;
    private long _anchorTimestamp;
    private ITimer? _driver;
    private DateTimeOffset? _driverDue;

    /// <summary>A frozen clock at <paramref name="start"/>; <paramref name="real"/> is what a running clock follows.</summary>
    public VirtualClock(DateTimeOffset start, TimeProvider? real = null)
    {
        _now = start;
        _real = real ?? System;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>True when the clock follows the real clock; false when frozen (manual).</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>How many virtual seconds pass in a real second while running.</summary>
    public double Scale
    {
        get
        {
            lock (_gate)
            {
                return _scale;
            }
        }
    }

    /// <summary>A clock that runs in real time from the real now.</summary>
    public static VirtualClock StartRealTime(TimeProvider? real = null)
    {
        TimeProvider source = real ?? System;
        var clock = new VirtualClock(source.GetUtcNow(), source);
        clock.Run(1);
        return clock;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return Current();
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new VirtualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Makes every advance hold <paramref name="gate"/> (the lock of whatever these timers change), so that time
    /// moving is one more step in that lock's order: a change never sees the clock jump in the middle of it.
    /// </summary>
    public void SerializeAdvancesWith(Lock gate) => _advanceGate = gate;

    /// <summary>Starts following the real clock from the current virtual time, <paramref name="scale"/> times as fast.</summary>
    public void Run(double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        lock (_gate)
        {
            _now = Current();
            _anchorTimestamp = _real.GetTimestamp();
            _scale = scale;
            _running = true;
            ArmDriver();
        }
    }

    /// <summary>Stops the clock where it is; only <see cref="Advance"/> moves it from now on.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            _now = Current();
            _running = false;
            _driver?.Dispose();
            _driver = null;
            _driverDue = null;
        }
    }

    /// <summary>Jumps to the real time and runs at scale 1 (what a reset restores).</summary>
    public void RunRealTime()
    {
        lock (_gate)
        {
            _now = _real.GetUtcNow();
        }

        Run(1);
    }

    /// <summary>Moves the clock forward by <paramref name="span"/> and returns the new time.</summary>
    public DateTimeOffset Advance(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(span, TimeSpan.Zero);
        return Serialized(() => FireDueUntil(Shift(span)));
    }

    /// <summary>Moves the clock forward to <paramref name="target"/>, firing what falls due on the way.</summary>
    public DateTimeOffset AdvanceTo(DateTimeOffset target)
    {
        TimeSpan span = target - GetUtcNow();
        return Advance(span > TimeSpan.Zero ? span : TimeSpan.Zero);
    }

    /// <summary>Sets the timer's next due time, <paramref name="dueTime"/> from now, in one step with reading now.</summary>
    internal void Schedule(VirtualTimer timer, TimeSpan dueTime) => Enqueue(timer, null, dueTime);

    internal void Reschedule(VirtualTimer timer, DateTimeOffset due) => Enqueue(timer, due, TimeSpan.Zero);

    private void Enqueue(VirtualTimer timer, DateTimeOffset? at, TimeSpan dueTime)
    {
        lock (_gate)
        {
            DateTimeOffset due = at ?? Current() + dueTime;
            timer.SetDue(due);
            _due.Enqueue(timer, (due, _scheduled++));
            if (_running && (_driverDue is null || due < _driverDue))
            {
                ArmDriver();
            }
        }
    }

    private DateTimeOffset Current() =>
        _running ? _now + TimeSpan.FromTicks((long)(_real.GetElapsedTime(_anchorTimestamp).Ticks * _scale)) : _now;

    /// <summary>Moves the frozen time, or a running clock's anchor, forward by <paramref name="span"/>; returns the target.</summary>
    private DateTimeOffset Shift(TimeSpan span)
    {
        lock (_gate)
        {
            DateTimeOffset target = Current() + span;
            if (_running)
            {
                _now += span;
            }

            return target;
        }
    }

    private DateTimeOffset Serialized(Func<DateTimeOffset> advance)
    {
        if (_advanceGate is not { } gate)
        {
            return advance();
        }

        lock (gate)
        {
            return advance();
        }
    }

    private DateTimeOffset FireDueUntil(DateTimeOffset target)
    {
        while (TakeNextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_gate)
        {
            if (_running)
            {
                ArmDriver();
            }

            return Current();
        }
    }

    /// <summary>The next timer due by <paramref name="target"/>, with frozen time moved to its due; or, when none is, to the target.</summary>
    private VirtualTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            while (_due.TryPeek(out VirtualTimer? timer, out (DateTimeOffset Due, long Order) key) && key.Due <= target)
            {
                _due.Dequeue();
                if (!timer.IsDueAt(key.Due))
                {
                    continue;
                }

                if (!_running && key.Due > _now)
                {
                    _now = key.Due;
                }

                return timer;
            }

            if (!_running && target > _now)
            {
                _now = target;
            }

            return null;
        }
    }

    /// <summary>Sets the real timer that wakes a running clock when its earliest timer falls due. Under <see cref="_gate"/>.</summary>
    private void ArmDriver()
    {
        while (_due.TryPeek(out VirtualTimer? timer, out (DateTimeOffset Due, long Order) key) && !timer.IsDueAt(key.Due))
        {
            _due.Dequeue();
        }

        if (!_due.TryPeek(out _, out (DateTimeOffset Due, long Order) next))
        {
            _driverDue = null;
            _driver?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        TimeSpan wait = TimeSpan.FromTicks(Math.Max(0, (long)((next.Due - Current()).Ticks / _scale)));
        _driverDue = next.Due;
        _driver ??= _real.CreateTimer(_ => Serialized(() => FireDueUntil(GetUtcNow())), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _driver.Change(wait, Timeout.InfiniteTimeSpan);
    }
}
