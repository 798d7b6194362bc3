namespace VoipUapi.Telephony.Clock;

/// <summary>
/// A timer of <see cref="VirtualClock"/>; a change or dispose makes its earlier queue entries stale. Disposed, it lets go
/// of its callback and state, so that a stale entry waiting in the clock's queue keeps nothing of what it would have run.
/// Its state is the clock's to read and write, under the clock's lock: a timer has no lock of its own.
/// </summary>
internal sealed class VirtualTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    public TimerCallback? Callback { get; set; } = callback;

    public object? State { get; set; } = state;

    /// <summary>When the timer fires next; null while it waits for nothing (or is disposed).</summary>
    public DateTimeOffset? Due { get; set; }

    public TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

    public bool IsDisposed { get; set; }

    public bool Change(TimeSpan dueTime, TimeSpan period) => clock.Change(this, dueTime, period);

    public void Dispose() => clock.Dispose(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
