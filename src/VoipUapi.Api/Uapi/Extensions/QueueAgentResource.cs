namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>An agent of a queue (wiki VNUAPI30 "Agent Resource", the v5 field names); absent fields are left out.</summary>
/// <param name="AgentNumber">The agent's extended number.</param>
/// <param name="Status"><c>0</c> logged out, <c>1</c> online, <c>2</c> paused.</param>
/// <param name="Queue">The Queue extension's extended number.</param>
/// <param name="Type"><c>local</c>: an extension of the system.</param>
/// <param name="Identifier">What the path's agent segment takes for it: its extended number.</param>
public sealed record QueueAgentResource(string? AgentNumber, string? Status, string? Queue, string? Type, string? Identifier, PhoneCallLink? Links);
