namespace VoipUapi.Telephony.Queues;

/// <summary>A call's stay in a queue: kept on the call, and on its record once it ended.</summary>
/// <param name="QueueLeg">The leg of the Queue extension, which answered the caller and plays music while it waits.</param>
/// <param name="AnsweredBy">The agent that answered, once one did.</param>
/// <param name="Left">When it stopped waiting: answered, timed out or abandoned.</param>
public sealed record QueueVisit(ExtensionNumber Queue, int QueueLeg, DateTimeOffset Entered, QueueOutcome Outcome = QueueOutcome.Waiting, ExtensionNumber? AnsweredBy = null, DateTimeOffset? Left = null)
{
    public bool IsWaiting => Outcome == QueueOutcome.Waiting;
}
