using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Queues;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The QueueAgents service: the agents of a user's Queue extension, and their status there.</summary>
public sealed class UapiQueueAgentService(TelephonyNetwork network, UapiResolver resolver)
{
    /// <summary>The queue's agents ordered by status (then as the seed lists them); with <paramref name="agent"/>, only that one.</summary>
    public Outcome<List<QueueAgent>, UapiError> Agents(UapiCaller caller, string userId, string extension, string? agent)
    {
        Outcome<Extension, UapiError> queue = QueueOf(caller, userId, extension);
        if (!queue.Succeeded)
        {
            return queue.Error;
        }

        IReadOnlyList<QueueAgent> agents = network.QueueAgentsOf(queue.Value.Number);
        if (agent is null)
        {
            return agents.OrderBy(a => a.Status).ToList();
        }

        Outcome<ExtensionNumber, UapiError> named = AgentOf(queue.Value, agents, agent);
        return named.Succeeded ? agents.Where(a => a.Agent == named.Value).ToList() : named.Error;
    }

    public Outcome<QueueAgent, UapiError> Update(UapiCaller caller, string userId, string extension, string agent, AgentStatus status)
    {
        Outcome<Extension, UapiError> queue = QueueOf(caller, userId, extension);
        if (!queue.Succeeded)
        {
            return queue.Error;
        }

        Outcome<ExtensionNumber, UapiError> named = AgentOf(queue.Value, network.QueueAgentsOf(queue.Value.Number), agent);
        if (!named.Succeeded)
        {
            return named.Error;
        }

        Outcome<QueueAgent, NetworkError> updated = network.SetAgentStatus(queue.Value.Number, named.Value, status);
        return updated.Succeeded ? updated.Value : UapiErrors.For(AgentInvalid, updated.Error.Message);
    }

    private Outcome<Extension, UapiError> QueueOf(UapiCaller caller, string userId, string extension)
    {
        if (UapiResolver.IsSelf(extension))
        {
            return UapiErrors.For(ExtensionInvalid, "a queue's agents are listed for one Queue extension, not @self; send its number, such as 250 or 0003*250.");
        }

        Outcome<(User User, List<Extension> Extensions), UapiError> path = resolver.PathExtensions(caller, userId, extension, ExtensionType.Queue);
        return path.Succeeded ? path.Value.Extensions[0] : path.Error;
    }

    private static Outcome<ExtensionNumber, UapiError> AgentOf(Extension queue, IReadOnlyList<QueueAgent> agents, string text)
    {
        string listed = agents.Count == 0 ? "it has none" : $"send one of {string.Join(", ", agents.Select(a => a.Agent))}";
        DialedNumber? dialed = string.IsNullOrWhiteSpace(text) ? null : DialedNumber.Parse(text);
        ExtensionNumber? number = dialed switch
        {
            { Kind: DialedNumberKind.Short } shortNumber => shortNumber.InOrganization(queue.Number.OrganizationCode),
            { Kind: DialedNumberKind.Extended } extended when ExtensionNumber.TryParse(extended.Text, out ExtensionNumber parsed) => parsed,
            _ => null,
        };
        if (number is not { } agent)
        {
            return UapiErrors.For(AgentInvalid, $"'{text}' is not the number of a local agent of queue {queue.Number}; {listed}.");
        }

        return agents.Any(a => a.Agent == agent)
            ? agent
            : UapiErrors.For(AgentInvalid, $"{agent} is not an agent of queue {queue.Number}; {listed}.");
    }
}
