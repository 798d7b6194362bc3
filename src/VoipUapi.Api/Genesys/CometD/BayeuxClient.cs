namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// One handshaken Bayeux client: the agent it is bound to, its subscriptions, and the messages queued for it until a
/// <c>/meta/connect</c> takes them, oldest first. At most one connect is held at a time: a newer one releases the
/// older empty-handed. Its expiry timer (on the emulator's clock) runs only while no connect is in progress.
/// </summary>
public sealed class BayeuxClient
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _subscriptions = new(StringComparer.Ordinal);
    private readonly Queue<ReadOnlyMemory<byte>> _queue = new();
    private readonly int _maxQueued;
    private ITimer? _expiry;
    private TaskCompletionSource<bool>? _waiter;
    private TaskCompletionSource _held = NewSignal();
    private int _connectsInProgress;
    private bool _removed;
    private bool _disconnected;

    public BayeuxClient(string id, string agentUserName, int maxQueued)
    {
        Id = id;
        AgentUserName = agentUserName;
        _maxQueued = maxQueued;
    }

    public string Id { get; }

    public string AgentUserName { get; }

    /// <summary>True until the client's first <c>/meta/connect</c>, which is answered at once (as CometD servers do).</summary>
    public bool AwaitsFirstConnect { get; private set; } = true;

    public bool IsRemoved
    {
        get
        {
            lock (_gate)
            {
                return _removed;
            }
        }
    }

    /// <summary>True once the client's own <c>/meta/disconnect</c> dropped it (not a reset, an expiry or a full queue).</summary>
    public bool IsDisconnected
    {
        get
        {
            lock (_gate)
            {
                return _disconnected;
            }
        }
    }

    /// <summary>Sets the timer that drops the client; the registry calls it once, right after the handshake.</summary>
    public void Expire(ITimer expiry, TimeSpan after)
    {
        _expiry = expiry;
        expiry.Change(after, Timeout.InfiniteTimeSpan);
    }

    public void Subscribe(string pattern)
    {
        lock (_gate)
        {
            _subscriptions.Add(pattern);
        }
    }

    public void Unsubscribe(string pattern)
    {
        lock (_gate)
        {
            _subscriptions.Remove(pattern);
        }
    }

    /// <summary>Queues <paramref name="message"/> when a subscription covers <paramref name="channel"/>; false when the queue is full.</summary>
    public bool Offer(string channel, ReadOnlyMemory<byte> message)
    {
        lock (_gate)
        {
            if (_removed || !_subscriptions.Any(pattern => BayeuxChannel.Matches(pattern, channel)))
            {
                return true;
            }

            if (_queue.Count >= _maxQueued)
            {
                return false;
            }

            _queue.Enqueue(message);
            _waiter?.TrySetResult(true);
            return true;
        }
    }

    /// <summary>Marks a connect in progress (the expiry stops); false when the client is gone.</summary>
    public bool BeginConnect()
    {
        lock (_gate)
        {
            if (_removed)
            {
                return false;
            }

            _connectsInProgress++;
            _expiry?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return true;
        }
    }

    /// <summary>Ends a connect: with none left in progress, the client has <paramref name="timeout"/> to send the next one.</summary>
    public void EndConnect(TimeSpan timeout)
    {
        lock (_gate)
        {
            AwaitsFirstConnect = false;
            if (--_connectsInProgress == 0 && !_removed)
            {
                _expiry?.Change(timeout, Timeout.InfiniteTimeSpan);
            }
        }
    }

    /// <summary>Drops the client as <see cref="Remove"/> does, unless a connect of it is in progress; true when it did.</summary>
    public bool RemoveIfIdle()
    {
        lock (_gate)
        {
            if (_connectsInProgress > 0)
            {
                return false;
            }

            Remove();
            return true;
        }
    }

    /// <summary>
    /// The queued messages, waiting up to <paramref name="hold"/> of <paramref name="clock"/> for one when none is
    /// queued. Empty when the hold ends, a newer connect takes over, the client is removed or the request ends; the
    /// messages then stay queued for the next connect.
    /// </summary>
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> TakeAsync(TimeSpan hold, TimeProvider clock, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> wake;
        ITimer timeout;
        lock (_gate)
        {
            if (_removed || _queue.Count > 0 || hold <= TimeSpan.Zero)
            {
                return Drain();
            }

            _waiter?.TrySetResult(false);
            wake = _waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

            // The timeout runs from before the connect is reported held: a clock moved once it is, moves it.
            timeout = clock.CreateTimer(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), wake, hold, Timeout.InfiniteTimeSpan);
            _held.TrySetResult();
        }

        bool woken;
        using (timeout)
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(false), wake))
        {
            woken = await wake.Task;
        }

        lock (_gate)
        {
            if (ReferenceEquals(_waiter, wake))
            {
                _waiter = null;
                _held = NewSignal();
            }

            return woken ? Drain() : [];
        }
    }

    /// <summary>Completes once a connect of this client is held waiting for messages (tests wait on it before moving the clock).</summary>
    public Task ConnectHeldAsync()
    {
        lock (_gate)
        {
            return _held.Task;
        }
    }

    /// <summary>Drops the client at its own <c>/meta/disconnect</c>, as <see cref="Remove"/> does.</summary>
    public void Disconnect()
    {
        lock (_gate)
        {
            _disconnected = true;
            Remove();
        }
    }

    /// <summary>Drops the client: its held connect is released, its expiry stopped, its queue emptied.</summary>
    public void Remove()
    {
        lock (_gate)
        {
            _removed = true;
            _queue.Clear();
            _waiter?.TrySetResult(false);
            _expiry?.Dispose();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Under <see cref="_gate"/>.</summary>
    private List<ReadOnlyMemory<byte>> Drain()
    {
        var taken = new List<ReadOnlyMemory<byte>>(_queue);
        _queue.Clear();
        return taken;
    }
}
