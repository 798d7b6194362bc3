using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Views;

namespace VoipUapi.Api.Genesys;

[ApiController]
[Route("api/v2/me/devices")]
[Tags("Genesys")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DevicesController(GenesysGate gate, IOptions<GenesysOptions> options, GenesysAgentStates states, GenesysDialer dialer)
    : GenesysControllerBase(gate, options)
{
    /// <summary>The agent's devices: <c>uris</c>, or with <c>?fields=*</c> the <c>devices</c>.</summary>
    [HttpGet]
    public IActionResult List() => Read(agent =>
        GenesysLists.Answer("devices", [GenesysDeviceResource.Of(agent, states.Of(agent), BaseUrl)], Request.Query["fields"].FirstOrDefault()));

    /// <summary>One device: <c>{"statusCode":0,"device":{…}}</c>.</summary>
    [HttpGet("{id}")]
    public IActionResult Get(string? id) => Read(agent => AgentDevice.Refusal(agent, id) is { } refused
        ? GenesysAnswer.Failed(refused)
        : GenesysAnswer.Ok(new() { ["device"] = GenesysDeviceResource.Of(agent, states.Of(agent), BaseUrl) }));

    /// <summary>Dial: <c>{"operationName":"Dial","destination":{"phoneNumber":"15002"}}</c>.</summary>
    [HttpPost("{id}/calls")]
    public Task<IActionResult> Dial(string? id) => OperateAsync((agent, body) => dialer.Dial(agent, id, body));
}
