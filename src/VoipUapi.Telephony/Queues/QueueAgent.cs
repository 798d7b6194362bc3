namespace VoipUapi.Telephony.Queues;

/// <summary>One agent of a queue and its status there.</summary>
public sealed record QueueAgent(ExtensionNumber Queue, ExtensionNumber Agent, AgentStatus Status);
