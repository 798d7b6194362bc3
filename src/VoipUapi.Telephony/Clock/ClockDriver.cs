namespace VoipUapi.Telephony.Clock;

/// <summary>
/// The real timer that wakes a running <see cref="VirtualClock"/> when its earliest timer falls due. While timers fall
/// due within a <see cref="Tick"/> of each other (a load of calls), it keeps ticking at that period instead of being
/// re-armed after every wake, which would wake the runtime's timer thread twice per wake; once the next timer is
/// further away it waits for that one alone. A wake that finds the last one still running returns at once: the
/// running one fires what is due and the next tick comes within a tick. Every member but the wake runs under the
/// clock's lock.
/// </summary>
internal sealed class ClockDriver(TimeProvider real, Action wake)
{
    /// <summary>The period of a ticking driver: about the resolution of the runtime's own timers.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private ITimer? _timer;
    private DateTimeOffset? _due;
    private bool _ticking;
    private int _waking;

    /// <summary>True when a timer due at <paramref name="due"/> needs the driver armed again to fire on time.</summary>
    public bool IsLateFor(DateTimeOffset due) => !_ticking && (_due is null || due < _due);

    /// <summary>Wakes the clock <paramref name="wait"/> of real time from now, for its timer due at <paramref name="due"/>.</summary>
    public void Arm(DateTimeOffset due, TimeSpan wait)
    {
        _due = due;
        if (wait <= Tick)
        {
            if (!_ticking)
            {
                _ticking = true;
                Timer().Change(wait, Tick);
            }

            return;
        }

        _ticking = false;
        Timer().Change(wait, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Stops waking the clock (no timer is pending); the real timer is kept for the next arming.</summary>
    public void Disarm()
    {
        _due = null;
        _ticking = false;
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Lets the real timer go (a frozen clock needs none); arming again makes a new one.</summary>
    public void Release()
    {
        _due = null;
        _ticking = false;
        _timer?.Dispose();
        _timer = null;
    }

    private ITimer Timer() => _timer ??= real.CreateTimer(static driver => ((ClockDriver)driver!).Wake(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    private void Wake()
    {
        if (Interlocked.Exchange(ref _waking, 1) == 1)
        {
            return;
        }

        try
        {
            wake();
        }
        finally
        {
            Volatile.Write(ref _waking, 0);
        }
    }
}
