namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The one writer of the network: its lock, its clock, its calls, timers and events. Every command and every timer
/// runs as one <see cref="Change"/> under <see cref="Gate"/>; what the change recorded becomes events once it is done.
/// </summary>
internal sealed class NetworkKernel
{
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
    public T Run<T>(Func<Change, T> command)
    {
        T result;
        lock (Gate)
        {
            var change = new Change(Calls, Time.GetUtcNow());
            result = command(change);
            change.Complete(Events);
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

    public void Run(Action<Change> command) => Run(change =>
    {
        command(change);
        return true;
    });

    /// <summary>How long a ringing stage waits when the order named no time.</summary>
    public TimeSpan WaitOrDefault(TimeSpan? wait) => wait ?? TimeSpan.FromSeconds(Options.DefaultWaitForPickupSeconds);
}
