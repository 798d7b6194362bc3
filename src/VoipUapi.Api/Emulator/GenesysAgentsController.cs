using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Genesys.Agents;

namespace VoipUapi.Api.Emulator;

/// <summary>A Genesys agent's scripted fault: its operations answer statusCode 0 and nothing happens (<c>accept-only</c>).</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/genesys/agents/{userName}")]
public sealed class GenesysAgentsController(GenesysAgentDirectory agents, GenesysAgentStates states) : EmulatorControllerBase
{
    public const string Normal = "normal";
    public const string AcceptOnly = "accept-only";

    /// <summary>How the agent's operations are carried out now.</summary>
    [HttpGet]
    [ProducesResponseType<GenesysAgentFault>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Get(string? userName) => WithAgent(userName, agent => Ok(Fault(agent)));

    /// <summary><c>{"operations":"accept-only"}</c>: every operation of the agent answers statusCode 0 and changes nothing; <c>normal</c> undoes it.</summary>
    [HttpPut]
    [ProducesResponseType<GenesysAgentFault>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Script(string? userName, [FromBody] GenesysAgentScript script) => WithAgent(userName, agent =>
    {
        states.SetAcceptOnly(agent, script.Operations == AcceptOnly);
        return Ok(Fault(agent));
    });

    private IActionResult WithAgent(string? userName, Func<GenesysAgent, IActionResult> act) =>
        !string.IsNullOrWhiteSpace(userName) && agents.Find(userName.Trim()) is { } agent
            ? act(agent)
            : Refuse(ControlProblem.NotFound(
                $"there is no Genesys agent '{userName?.Trim()}'; send the userName of one of the seed's dialects.genesys agents: {string.Join(", ", agents.Agents.Select(a => a.UserName))}."));

    private GenesysAgentFault Fault(GenesysAgent agent) => new(agent.UserName, agent.PhoneNumber, states.IsAcceptOnly(agent) ? AcceptOnly : Normal);
}
