namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>
/// A record's stay in a queue (an emulator field beside the vendor's, present only for calls to a Queue extension):
/// the queue, how the wait ended (<c>answered</c>, <c>waitTimedOut</c>, <c>abandoned</c>), the agent that answered,
/// and how long the caller waited, in seconds.
/// </summary>
public sealed record CallRecordQueueResource(string Queue, string Outcome, string? AnsweredBy, string WaitSeconds);
