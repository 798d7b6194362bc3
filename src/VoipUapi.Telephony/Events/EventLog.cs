using System.Runtime.InteropServices;

namespace VoipUapi.Telephony.Events;

/// <summary>
/// The most recent network events, numbered from 1 and bounded. The network appends under its own lock;
/// readers (history, streams, loggers) read here without ever touching the network's lock.
/// </summary>
public sealed class EventLog
{
    private readonly Lock _gate = new();
    private readonly NetworkEvent[] _ring;
    private readonly long[] _previousOfCall;
    private readonly Dictionary<CallId, long> _latestOfCall = [];
    private long _last;
    private int _startedOver;
    private TaskCompletionSource? _appended;

    public EventLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _ring = new NetworkEvent[capacity];
        _previousOfCall = new long[capacity];
    }

    /// <summary>How many events the log retains.</summary>
    public int Capacity => _ring.Length;

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

    /// <summary>
    /// Numbers <paramref name="change"/> (its own sequence number is ignored) and keeps it, with <paramref name="snapshot"/>
    /// as its call when given. Wakes no reader: the writer calls <see cref="WakeReaders"/> once it released its own lock.
    /// </summary>
    internal NetworkEvent Append(NetworkEvent change, Call? snapshot = null)
    {
        lock (_gate)
        {
            return Keep(change with { Sequence = ++_last, Call = snapshot ?? change.Call });
        }
    }

    /// <summary>
    /// Forgets every event and numbers the next 1 again, as a new log would (a network restarted as new,
    /// <see cref="TelephonyNetwork.Restart"/>); readers following the log start again from its start, their next
    /// batch <see cref="EventBatch.StartedOver"/>.
    /// </summary>
    internal void StartOver()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            Array.Clear(_previousOfCall);
            _latestOfCall.Clear();
            _last = 0;
            _startedOver++;
        }

        WakeReaders();
    }

    /// <summary>
    /// Numbers a change's events and keeps them, each with its call as <paramref name="snapshotOf"/> gives it, under one
    /// hold of the lock; the first <paramref name="skipped"/> are numbered without being kept: of a change larger than
    /// the log (a reset of many calls) the rest would overwrite them at once, and a reader sees them as dropped. Wakes
    /// no reader.
    /// </summary>
    internal void Append(List<RecordedEvent> changes, int skipped, Func<CallId, Call?> snapshotOf)
    {
        lock (_gate)
        {
            _last += skipped;
            for (int i = skipped; i < changes.Count; i++)
            {
                RecordedEvent change = changes[i];
                Call? snapshot = change.CallId is { } id ? snapshotOf(id) : null;
                Keep(new NetworkEvent(++_last, change.At, change.Kind, change.CallId, change.Phone, change.Payload, snapshot, change.Conference));
            }
        }
    }

    /// <summary>
    /// Wakes the readers waiting for an event, once the writer holds no lock of its own: a woken reader's continuation
    /// is queued to the thread pool, which is work the network's lock need not wait for.
    /// </summary>
    internal void WakeReaders()
    {
        TaskCompletionSource? waiting;
        lock (_gate)
        {
            waiting = _appended;
            _appended = null;
        }

        waiting?.TrySetResult();
    }

    /// <summary>The retained events with a sequence number above <paramref name="sequence"/>, oldest first.</summary>
    public IReadOnlyList<NetworkEvent> After(long sequence) => AfterInRound(sequence).Events;

    /// <summary>The events after <paramref name="sequence"/> and how many times the log had started over when they were read.</summary>
    private (IReadOnlyList<NetworkEvent> Events, int Round) AfterInRound(long sequence)
    {
        lock (_gate)
        {
            long first = Math.Max(sequence + 1, Math.Max(1, _last - _ring.Length + 1));
            var events = new List<NetworkEvent>((int)Math.Max(0, _last - first + 1));
            for (long s = first; s <= _last; s++)
            {
                events.Add(_ring[(int)(s % _ring.Length)]);
            }

            return (events, _startedOver);
        }
    }

    /// <summary>The retained events about the call <paramref name="id"/>, oldest first, from its index: never a scan of the log.</summary>
    public IReadOnlyList<NetworkEvent> Of(CallId id)
    {
        lock (_gate)
        {
            var events = new List<NetworkEvent>();
            for (long sequence = _latestOfCall.GetValueOrDefault(id); IsRetained(sequence); sequence = _previousOfCall[sequence % _ring.Length])
            {
                events.Add(_ring[(int)(sequence % _ring.Length)]);
            }

            events.Reverse();
            return events;
        }
    }

    /// <summary>The sequence number of the call's publication while the log retains it; 0 once it dropped out.</summary>
    public long PublicationOf(CallId id) => Of(id) is [{ Kind: NetworkEventKind.CallPublished } first, ..] ? first.Sequence : 0;

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
        int round = StartedOverCount;
        // A reader without an idle beat waits on the log's shared signal alone, and its cancellation wakes every waiting
        // reader once (each looks again and waits again), instead of every wait registering on the token.
        using CancellationTokenRegistration stop = idle is null ? cancellationToken.Register(static log => ((EventLog)log!).WakeReaders(), this) : default;
        while (!cancellationToken.IsCancellationRequested)
        {
            (IReadOnlyList<NetworkEvent> events, int current) = AfterInRound(seen);
            if (current != round)
            {
                round = current;
                seen = 0;
                yield return new EventBatch([], 1, 0) { StartedOver = true };
                continue;
            }

            if (events.Count > 0)
            {
                long missedFrom = seen + 1;
                seen = events[^1].Sequence;
                yield return new EventBatch(events, missedFrom, events[0].Sequence - 1);
                continue;
            }

            if (idle is null)
            {
                // The token is cancelled before its callbacks run: checked after taking the signal, a cancellation that
                // came first is seen here, and one that comes later completes the signal taken.
                if (TryTakeSignal(seen, round, out Task? appended) && !cancellationToken.IsCancellationRequested)
                {
                    await appended;
                }
            }
            else if (!await WaitOrIdleAsync(seen, round, idle.Value, idleClock ?? TimeProvider.System, cancellationToken) && !cancellationToken.IsCancellationRequested)
            {
                yield return new EventBatch([], seen + 1, seen);
            }
        }
    }

    /// <summary>Completes once an event with a sequence number above <paramref name="sequence"/> exists, or the log started over.</summary>
    public Task WaitAfterAsync(long sequence, CancellationToken cancellationToken) => WaitAfterAsync(sequence, StartedOverCount, cancellationToken);

    private int StartedOverCount
    {
        get
        {
            lock (_gate)
            {
                return _startedOver;
            }
        }
    }

    private async Task WaitAfterAsync(long sequence, int round, CancellationToken cancellationToken)
    {
        while (TryTakeSignal(sequence, round, out Task? appended))
        {
            await appended.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// False when an event above <paramref name="sequence"/> exists or the log started over since <paramref name="round"/>;
    /// otherwise true with the signal the next append (or any reader's cancellation) completes, shared by every waiting reader.
    /// </summary>
    private bool TryTakeSignal(long sequence, int round, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Task? appended)
    {
        lock (_gate)
        {
            if (_last > sequence || _startedOver != round)
            {
                appended = null;
                return false;
            }

            _appended ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            appended = _appended.Task;
            return true;
        }
    }

    /// <summary>Keeps one event, numbered <see cref="_last"/>. Under <see cref="_gate"/>.</summary>
    private NetworkEvent Keep(NetworkEvent appended)
    {
        int slot = (int)(_last % _ring.Length);
        Forget(_ring[slot]);
        _ring[slot] = appended;
        Remember(appended, slot);
        return appended;
    }

    /// <summary>
    /// Indexes a retained event by its call: the call's latest sequence number, and in a slot beside the event's the
    /// one before it, so that the index allocates nothing per call. Under <see cref="_gate"/>.
    /// </summary>
    private void Remember(NetworkEvent kept, int slot)
    {
        _previousOfCall[slot] = 0;
        if (kept.CallId is { } id)
        {
            ref long latest = ref CollectionsMarshal.GetValueRefOrAddDefault(_latestOfCall, id, out _);
            _previousOfCall[slot] = latest;
            latest = kept.Sequence;
        }
    }

    /// <summary>Forgets a call whose latest retained event the ring overwrites (its older ones went before). Under <see cref="_gate"/>.</summary>
    private void Forget(NetworkEvent? dropped)
    {
        if (dropped?.CallId is { } id && _latestOfCall.GetValueOrDefault(id) == dropped.Sequence)
        {
            _latestOfCall.Remove(id);
        }
    }

    /// <summary>True when the event numbered <paramref name="sequence"/> is still in the ring. Under <see cref="_gate"/>.</summary>
    private bool IsRetained(long sequence) => sequence > 0 && sequence > _last - _ring.Length;

    /// <summary>True when an event came; false when <paramref name="idle"/> passed first or the reader was cancelled.</summary>
    private async Task<bool> WaitOrIdleAsync(long seen, int round, TimeSpan idle, TimeProvider idleClock, CancellationToken cancellationToken)
    {
        using var idleTimeout = new CancellationTokenSource(idle, idleClock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idleTimeout.Token);
        try
        {
            await WaitAfterAsync(seen, round, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
