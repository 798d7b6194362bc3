using System.Globalization;
using VoipUapi.Telephony.Queues;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>Writes a queue's agent as the vendor's Agent resource.</summary>
public static class QueueAgentMapper
{
    public static QueueAgentResource ToResource(QueueAgent agent, string baseUrl, string userId) => new(
        agent.Agent.ToString(),
        ((int)agent.Status).ToString(CultureInfo.InvariantCulture),
        agent.Queue.ToString(),
        "local",
        agent.Agent.ToString(),
        new PhoneCallLink($"{baseUrl}/uapi/extensions/{userId}/{agent.Queue}/queue/agents/{agent.Agent}"));

    /// <summary>The value of a filterable field, as written.</summary>
    public static string? ValueOf(QueueAgentResource agent, string field) => field switch
    {
        "agentNumber" => agent.AgentNumber,
        "status" => agent.Status,
        _ => agent.Queue,
    };

    public static QueueAgentResource OnlyFields(QueueAgentResource agent, IReadOnlyList<string> fields) => new(
        fields.Contains("agentNumber") ? agent.AgentNumber : null,
        fields.Contains("status") ? agent.Status : null,
        fields.Contains("queue") ? agent.Queue : null,
        fields.Contains("type") ? agent.Type : null,
        fields.Contains("identifier") ? agent.Identifier : null,
        agent.Links);
}
