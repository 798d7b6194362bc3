using System.Collections.Concurrent;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// The calls of <c>calls/make</c> with a <c>delay</c>, placed when the emulator's clock reaches it (the manual clock
/// in tests), each by its own one-shot timer that is dropped once it fired.
/// </summary>
public sealed class DelayedCalls(TimeProvider time) : IDisposable
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

    public void Dispose()
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
