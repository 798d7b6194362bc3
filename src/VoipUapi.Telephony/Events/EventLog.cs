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

    internal NetworkEvent Append(DateTimeOffset at, NetworkEventKind kind, CallId callId, string? phone = null, string? detail = null)
    {
        TaskCompletionSource? waiting;
        NetworkEvent appended;
        lock (_gate)
        {
            appended = new NetworkEvent(++_last, at, kind, callId, phone, detail);
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
}
