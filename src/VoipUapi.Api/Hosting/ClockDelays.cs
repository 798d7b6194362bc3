using System.Collections.Concurrent;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Work to do once the emulator's clock has moved on by a delay (the manual clock in tests): Enswitch's
/// <c>calls/make</c> with a <c>delay</c>, the retries of call-event requests. Each is its own one-shot timer, dropped
/// once it fired or cancelled. A reset drops what is pending: nothing scheduled before it happens after it.
/// </summary>
public sealed class ClockDelays(TimeProvider time) : IDisposable, IResetWithEmulator
{
    private readonly ConcurrentDictionary<long, ITimer> _pending = new();
    private long _last;

    public int Pending => _pending.Count;

    public void Schedule(TimeSpan delay, Action place)
    {
        ArgumentNullException.ThrowIfNull(place);
        long id = Interlocked.Increment(ref _last);
        ITimer timer = time.CreateTimer(_ => Fire(id, place), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pending[id] = timer;
        timer.Change(delay, Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => CancelAll();

    public void Reset() => CancelAll();

    /// <summary>Drops every pending action without running it.</summary>
    public void CancelAll()
    {
        foreach (long id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out ITimer? timer))
            {
                timer.Dispose();
            }
        }
    }

    private void Fire(long id, Action place)
    {
        if (_pending.TryRemove(id, out ITimer? timer))
        {
            timer.Dispose();
            place();
        }
    }
}
