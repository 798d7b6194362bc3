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
    /// <summary>The longest a real timer may wait (about 49 days); a driver woken early just sleeps again.</summary>
    private static readonly TimeSpan LongestRealWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly Lock _gate = new();
    private readonly TimerQueue _timers = new();
    private readonly TimeProvider _real;
    private volatile TimeBase _base;
    private Lock? _advanceGate;
    private readonly ClockDriver _driver;

    /// <summary>A frozen clock at <paramref name="start"/>; <paramref name="real"/> is what a running clock follows.</summary>
    public VirtualClock(DateTimeOffset start, TimeProvider? real = null)
    {
        _real = real ?? System;
        _base = new TimeBase(start, Running: false, Scale: 1, AnchorTimestamp: 0);
        // A running clock's driver does not hold the advance gate over a whole batch of due timers: each timer takes
        // what it changes (the network's lock) for itself, so requests wait for one timer, not for hundreds.
        _driver = new ClockDriver(_real, () => FireDueUntil(GetUtcNow()));
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>True when the clock follows the real clock; false when frozen (manual).</summary>
    public bool IsRunning => _base.Running;

    /// <summary>How many virtual seconds pass in a real second while running.</summary>
    public double Scale => _base.Scale;

    /// <summary>A clock that runs in real time from the real now.</summary>
    public static VirtualClock StartRealTime(TimeProvider? real = null)
    {
        TimeProvider source = real ?? System;
        var clock = new VirtualClock(source.GetUtcNow(), source);
        clock.Run(1);
        return clock;
    }

    /// <summary>Read without a lock: the time base is one immutable value, replaced whole when the clock changes.</summary>
    public override DateTimeOffset GetUtcNow() => Current();

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
            _base = new TimeBase(Current(), Running: true, scale, _real.GetTimestamp());
            ArmDriver();
        }
    }

    /// <summary>Stops the clock where it is; only <see cref="Advance"/> moves it from now on.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            _base = _base with { Origin = Current(), Running = false };
            _driver.Release();
        }
    }

    /// <summary>Jumps to the real time and runs at scale 1 (what a reset restores).</summary>
    public void RunRealTime()
    {
        lock (_gate)
        {
            _base = _base with { Origin = _real.GetUtcNow(), Running = false };
        }

        Run(1);
    }

    /// <summary>
    /// Freezes the clock at <paramref name="start"/>, forward or back, each pending timer keeping the time it had left:
    /// a clock as new, for a test kit that reuses one per test. The only way time moves backwards.
    /// </summary>
    public void Restart(DateTimeOffset start) => Serialized(() =>
    {
        lock (_gate)
        {
            _timers.Requeue(start - Current());
            _base = new TimeBase(start, Running: false, Scale: 1, AnchorTimestamp: 0);
            _driver.Release();
            return start;
        }
    });

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

    /// <summary>
    /// Sets the timer's period and its next due time, <paramref name="dueTime"/> from now (never, when infinite), in one
    /// step with reading now; false once the timer is disposed.
    /// </summary>
    internal bool Change(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (timer.IsDisposed)
            {
                return false;
            }

            timer.Period = period;
            timer.Due = null;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                Enqueue(timer, Current() + dueTime);
            }

            return true;
        }
    }

    internal void Dispose(VirtualTimer timer)
    {
        lock (_gate)
        {
            timer.IsDisposed = true;
            timer.Due = null;
            timer.Callback = null;
            timer.State = null;
        }
    }

    /// <summary>Under <see cref="_gate"/>.</summary>
    private void Enqueue(VirtualTimer timer, DateTimeOffset due)
    {
        _timers.Add(timer, due);
        if (_base.Running && _driver.IsLateFor(due))
        {
            ArmDriver();
        }
    }

    private DateTimeOffset Current()
    {
        TimeBase time = _base;
        return time.Running ? time.Origin + TimeSpan.FromTicks((long)(_real.GetElapsedTime(time.AnchorTimestamp).Ticks * time.Scale)) : time.Origin;
    }

    /// <summary>Moves the frozen time, or a running clock's anchor, forward by <paramref name="span"/>; returns the target.</summary>
    private DateTimeOffset Shift(TimeSpan span)
    {
        lock (_gate)
        {
            DateTimeOffset target = Current() + span;
            if (_base.Running)
            {
                _base = _base with { Origin = _base.Origin + span };
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
        while (TakeNextDue(target) is { } due)
        {
            due.Callback(due.State);
        }

        lock (_gate)
        {
            if (_base.Running)
            {
                ArmDriver();
            }

            return Current();
        }
    }

    /// <summary>
    /// The callback of the next timer due by <paramref name="target"/>, taken from it (a periodic timer is queued
    /// again for its next due), with frozen time moved to its due; or, when none is due, null with the time at the target.
    /// </summary>
    private (TimerCallback Callback, object? State)? TakeNextDue(DateTimeOffset target)
    {
        lock (_gate)
        {
            if (_timers.TryTakeDue(target, out VirtualTimer? timer))
            {
                DateTimeOffset due = timer.Due!.Value;
                timer.Due = null;
                if (timer.Period > TimeSpan.Zero && timer.Period != Timeout.InfiniteTimeSpan)
                {
                    Enqueue(timer, due + timer.Period);
                }

                MoveFrozenTo(due);
                return (timer.Callback!, timer.State);
            }

            MoveFrozenTo(target);
            return null;
        }
    }

    /// <summary>How many entries the queue holds, stale ones (of timers changed or disposed since) included.</summary>
    internal int QueuedEntries
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count;
            }
        }
    }

    /// <summary>Moves a frozen clock forward to <paramref name="time"/>; a running clock moves by itself. Under <see cref="_gate"/>.</summary>
    private void MoveFrozenTo(DateTimeOffset time)
    {
        if (!_base.Running && time > _base.Origin)
        {
            _base = _base with { Origin = time };
        }
    }

    /// <summary>Arms the real timer that wakes a running clock when its earliest timer falls due. Under <see cref="_gate"/>.</summary>
    private void ArmDriver()
    {
        if (_timers.NextDue() is not { } next)
        {
            _driver.Disarm();
            return;
        }

        double ticks = (next - Current()).Ticks / _base.Scale;
        _driver.Arm(next, ticks <= 0 ? TimeSpan.Zero : ticks >= LongestRealWait.Ticks ? LongestRealWait : TimeSpan.FromTicks((long)ticks));
    }
}
