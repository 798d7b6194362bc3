namespace VoipUapi.Telephony.Events;

/// <param name="Queue">The Queue extension.</param>
/// <param name="Agent">The agent that answered (<c>queueAnswered</c>).</param>
/// <param name="Hearing">The phones that hear the queue's music (<c>queueEntered</c>).</param>
/// <param name="Outcome">How the call left the queue without an agent (<c>queueLeft</c>).</param>
public sealed record QueuePayload(string Queue, string? Agent = null, IReadOnlyList<string>? Hearing = null, QueueOutcome? Outcome = null) : EventPayload
{
    public override string Describe() =>
        Agent is not null ? $"{Queue} answered by {Agent}"
        : Outcome is { } outcome ? $"{Queue} {char.ToLowerInvariant(outcome.ToString()[0])}{outcome.ToString()[1..]}"
        : $"{Queue} music for {string.Join(", ", Hearing ?? [])}";
}
