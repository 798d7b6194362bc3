namespace VoipUapi.Telephony.Events;

/// <summary>
/// The most recent network events, numbered from 1 and bounded. The network appends under its own lock;
/// readers (history, streams, loggers) read here without ever touching the network's lock.
/// </summary>
public sealed class EventLog
{
    private readonly Lock _gate = new();
    private readonly NetworkEvent[] _ring;
    private long _last;
    private TaskCompletionSource? _appended;

    public EventLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new NetworkEvent[capacity];
    }

    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Numbers <paramref name="change"/> (its own sequence number is ignored) and keeps it.</summary>
    internal NetworkEvent Append(NetworkEvent change)
    {
        TaskCompletionSource? waiting;
        NetworkEvent appended;
        lock (_gate)
        {
            appended = change with { Sequence = ++_last };
            _ring[(int)(_last % _ring.Length)] = appended;
            waiting = _appended;
            _appended = null;
        }

        waiting?.TrySetResult();
        return appended;
    }

    /// <summary>The retained events with a sequence number above <paramref name="sequence"/>, oldest first.</summary>
    public IReadOnlyList<NetworkEvent> After(long sequence)
    {
        lock (_gate)
        {
            long first = Math.Max(sequence + 1, Math.Max(1, _last - _ring.Length + 1));
            var events = new List<NetworkEvent>((int)Math.Max(0, _last - first + 1));
            for (long s = first; s <= _last; s++)
            {
                events.Add(_ring[(int)(s % _ring.Length)]);
            }

            return events;
        }
    }

    /// <summary>
    /// The one way to follow the log: every event after <paramref name="after"/>, batch by batch as they come, each
    /// batch saying which events the log dropped before this reader got to them. With <paramref name="idle"/> set, an
    /// empty batch comes whenever that much time of <paramref name="idleClock"/> passes with nothing new (a stream's
    /// keep-alive). Ends when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<EventBatch> ReadAsync(
        long after,
        TimeSpan? idle = null,
        TimeProvider? idleClock = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long seen = after;
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlyList<NetworkEvent> events = After(seen);
            if (events.Count > 0)
            {
                long missedFrom = seen + 1;
                seen = events[^1].Sequence;
                yield return new EventBatch(events, missedFrom, events[0].Sequence - 1);
                continue;
            }

            if (!await WaitOrIdleAsync(seen, idle, idleClock ?? TimeProvider.System, cancellationToken) && !cancellationToken.IsCancellationRequested)
            {
                yield return new EventBatch([], seen + 1, seen);
            }
        }
    }

    /// <summary>Completes once an event with a sequence number above <paramref name="sequence"/> exists.</summary>
    public async Task WaitAfterAsync(long sequence, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task appended;
            lock (_gate)
            {
                if (_last > sequence)
                {
                    return;
                }

                _appended ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                appended = _appended.Task;
            }

            await appended.WaitAsync(cancellationToken);
        }
    }

    /// <summary>True when an event came; false when <paramref name="idle"/> passed first or the reader was cancelled.</summary>
    private async Task<bool> WaitOrIdleAsync(long seen, TimeSpan? idle, TimeProvider idleClock, CancellationToken cancellationToken)
    {
        using CancellationTokenSource? idleTimeout = idle is { } span ? new CancellationTokenSource(span, idleClock) : null;
        using CancellationTokenSource? linked = idleTimeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idleTimeout.Token);
        try
        {
            await WaitAfterAsync(seen, linked?.Token ?? cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
