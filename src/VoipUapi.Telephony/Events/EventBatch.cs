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
}
