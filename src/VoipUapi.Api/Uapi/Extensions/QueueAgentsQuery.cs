using VoipUapi.Api.Uapi.Listing;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>
/// The parameters of List QueueAgents: filterable by <c>agentNumber</c>, <c>status</c> or <c>queue</c> with <c>equals</c>,
/// ordered by status, fields <c>agentNumber</c>, <c>status</c>, <c>queue</c>, <c>type</c>, <c>identifier</c>.
/// </summary>
public sealed class QueueAgentsQuery : StandardListQuery
{
    public static readonly ListShape Shape = new("QueueAgent", ["agentNumber", "status", "queue"], ["equals"], ["agentNumber", "status", "queue", "type", "identifier"], "status");
}
