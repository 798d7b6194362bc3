namespace VoipUapi.Telephony.Events;

/// <summary>
/// What one read of <see cref="EventLog.ReadAsync"/> gives: the events that followed the reader's last one, oldest
/// first, and the sequence numbers the log dropped before the reader got to them. Empty when the reader's idle time
/// passed with nothing new.
/// </summary>
/// <param name="MissedFrom">The first dropped sequence number; with <paramref name="MissedTo"/> below it when none was dropped.</param>
public sealed record EventBatch(IReadOnlyList<NetworkEvent> Events, long MissedFrom, long MissedTo)
{
    public bool HasGap => MissedTo >= MissedFrom;

    /// <summary>An empty batch that says the log started over (a network restarted as new): what the reader kept about calls is void, and the events that follow are numbered from 1 again.</summary>
    public bool StartedOver { get; init; }
}
