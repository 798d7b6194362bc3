namespace VoipUapi.Api.Emulator;

/// <summary>A call's stay in a queue: which queue, how it ended, and the agent that answered.</summary>
/// <param name="Queue">The Queue extension.</param>
/// <param name="Outcome"><c>waiting</c>, <c>answered</c>, <c>waitTimedOut</c> or <c>abandoned</c>.</param>
/// <param name="AnsweredBy">The agent that answered; absent otherwise.</param>
/// <param name="Left">When the call stopped waiting; absent while it waits.</param>
public sealed record CallQueueResource(string Queue, DateTime Entered, string Outcome, string? AnsweredBy, DateTime? Left);
