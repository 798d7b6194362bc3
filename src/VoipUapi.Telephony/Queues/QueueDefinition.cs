namespace VoipUapi.Telephony.Queues;

/// <summary>A Queue extension and its agents (Phone Terminal extensions of its organization), as the seed defines it.</summary>
/// <param name="Agents">In the order the seed lists them: the order the queue rings them in.</param>
/// <param name="MaxWait">How long a caller waits for an agent before the call ends; null: <see cref="TelephonyOptions.QueueMaxWaitSeconds"/>.</param>
/// <param name="AgentRing">How long an agent rings before the queue tries again; null: <see cref="TelephonyOptions.QueueAgentRingSeconds"/>.</param>
public sealed record QueueDefinition(ExtensionNumber Number, IReadOnlyList<ExtensionNumber> Agents, TimeSpan? MaxWait = null, TimeSpan? AgentRing = null);
