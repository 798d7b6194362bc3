using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Listing;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Queues;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The QueueAgents service: list the agents of a Queue extension, and log one out, put it online or pause it.</summary>
[Route("uapi/extensions/{userId}/{extension}/queue/agents")]
[Tags("UnifiedAPI extensions")]
public sealed class QueueAgentsController(UapiQueueAgentService agents, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Lists the agents of the Queue extension with their status (0 logged out, 1 online, 2 paused), ordered by status.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id: the queue's owner.</param>
    /// <param name="extension">The Queue extension (<c>250</c>, <c>0003*250</c>); not <c>@self</c>.</param>
    [HttpGet]
    [ProducesResponseType<CollectionPage<QueueAgentResource>>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, string extension, [FromQuery] QueueAgentsQuery query) => Listed(userId, extension, agent: null, query);

    /// <summary>Shows one agent of the Queue extension with its status.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id: the queue's owner.</param>
    /// <param name="extension">The Queue extension (<c>250</c>, <c>0003*250</c>).</param>
    /// <param name="agent">The agent's extension number (<c>210</c>, <c>0003*210</c>).</param>
    [HttpGet("{agent}")]
    [ProducesResponseType<CollectionPage<QueueAgentResource>>(StatusCodes.Status200OK)]
    public IActionResult Get(string userId, string extension, string agent, [FromQuery] QueueAgentsQuery query) => Listed(userId, extension, agent, query);

    /// <summary>Logs the agent out (status 0), puts it online (1) or pauses it (2); online, it rings at once for a caller waiting in the queue.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id: the queue's owner.</param>
    /// <param name="extension">The Queue extension (<c>250</c>, <c>0003*250</c>).</param>
    /// <param name="agent">The agent's extension number (<c>210</c>, <c>0003*210</c>).</param>
    [HttpPut("{agent}")]
    [ProducesResponseType<QueueAgentResource[]>(StatusCodes.Status200OK)]
    public IActionResult Update(string userId, string extension, string agent, [FromBody] QueueAgentUpdate update)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<QueueAgent, UapiError> updated = agents.Update(caller, userId, extension, agent, (AgentStatus)int.Parse(update.Status!, System.Globalization.CultureInfo.InvariantCulture));
        return updated.Succeeded
            ? Answer(StatusCodes.Status200OK, new[] { QueueAgentMapper.ToResource(updated.Value, BaseUrl, userId) })
            : Error(updated.Error);
    }

    private IActionResult Listed(string userId, string extension, string? agent, QueueAgentsQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<List<QueueAgent>, UapiError> found = agents.Agents(caller, userId, extension, agent);
        if (!found.Succeeded)
        {
            return Error(found.Error);
        }

        string baseUrl = BaseUrl;
        return Answer(StatusCodes.Status200OK, EntryListing.Collect(
            found.Value.Select(a => QueueAgentMapper.ToResource(a, baseUrl, userId)), query, Request, QueueAgentMapper.ValueOf, QueueAgentMapper.OnlyFields));
    }
}
