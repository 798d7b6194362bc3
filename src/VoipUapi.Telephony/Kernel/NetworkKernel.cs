namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The one writer of the network: its lock, its clock, its calls, timers and events. Every command and every timer
/// runs as one <see cref="Change"/> under <see cref="Gate"/>; what the change recorded becomes events once it is done.
/// </summary>
internal sealed class NetworkKernel
{
    private Change? _idle;

    public NetworkKernel(TimeProvider time, TelephonyOptions options, CallIdGenerator ids, EventLog events)
    {
        Time = time;
        Options = options;
        Events = events;
        Timers = new CallTimers(this);
        Calls = new CallStore(Timers, ids, options.HistoryCapacity);
    }

    public Lock Gate { get; } = new();

    public TimeProvider Time { get; }

    public TelephonyOptions Options { get; }

    public EventLog Events { get; }

    public CallTimers Timers { get; }

    public CallStore Calls { get; }

    /// <summary>Runs <paramref name="command"/> as one change; the event log's readers wake once the lock is released.</summary>
    public T Run<T>(Func<Change, T> command) => Run(command, static (change, run) => run(change));

    /// <summary>
    /// Runs <paramref name="command"/> on <paramref name="state"/> as one change: a command that is a static lambda
    /// given its state costs no closure (every timer of every call runs through here).
    /// </summary>
    public T Run<TState, T>(TState state, Func<Change, TState, T> command)
    {
        T result;
        lock (Gate)
        {
            Change change = Begin();
            result = command(change, state);
            change.Complete(Events);
            _idle = change.IsReusable ? change : null;
        }

        Events.WakeReaders();
        return result;
    }

    /// <summary>A query that must see one consistent state of what the lock guards, and changes nothing: no change, no events.</summary>
    public T Read<T>(Func<T> query)
    {
        lock (Gate)
        {
            return query();
        }
    }

    public void Run(Action<Change> command) => Run(command, static (change, run) => run(change));

    /// <summary>Runs <paramref name="command"/> on <paramref name="state"/> as one change, as <see cref="Run{TState, T}"/> does.</summary>
    public void Run<TState>(TState state, Action<Change, TState> command) => Run((state, command), static (change, run) =>
    {
        run.command(change, run.state);
        return true;
    });

    /// <summary>How long a ringing stage waits when the order named no time.</summary>
    public TimeSpan WaitOrDefault(TimeSpan? wait) => wait ?? TimeSpan.FromSeconds(Options.DefaultWaitForPickupSeconds);

    /// <summary>
    /// The change a command runs as: the last one, done and small, again, or a new one. A command run inside another
    /// (the lock is reentrant) finds none idle and gets its own. Under <see cref="Gate"/>.
    /// </summary>
    private Change Begin()
    {
        DateTimeOffset now = Time.GetUtcNow();
        if (_idle is not { } change)
        {
            return new Change(Calls, now);
        }

        _idle = null;
        change.Begin(now);
        return change;
    }
}
