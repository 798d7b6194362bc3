using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Swagger;
using VoipUapi.Api.Genesys.Views;

namespace VoipUapi.Api.Genesys;

[ApiController]
[Route("api/v2/me/devices")]
[Tags("Genesys")]
public sealed class DevicesController(GenesysGate gate, IOptions<GenesysOptions> options, GenesysAgentStates states, GenesysDialer dialer)
    : GenesysControllerBase(gate, options)
{
    /// <summary>agent1's device in the default seed.</summary>
    private const string SeededDevice = "631608b3-ceb1-472b-ba05-2ae39555b0d1";

    /// <summary>The agent's devices: <c>uris</c>, or with <c>?fields=*</c> the <c>devices</c>.</summary>
    [HttpGet]
    [GenesysExample(Query = "fields", QueryExample = "*", QueryDescription = "`*` for the devices themselves, or a comma-separated list of their fields; without it, their uris.")]
    public IActionResult List() => Read(agent =>
        GenesysLists.Answer("devices", [GenesysDeviceResource.Of(agent, states.Of(agent), BaseUrl)], Request.Query["fields"].FirstOrDefault()));

    /// <summary>One device: <c>{"statusCode":0,"device":{…}}</c>.</summary>
    [HttpGet("{id}")]
    [GenesysExample(Id = SeededDevice)]
    public IActionResult Get(string? id) => Read(agent => AgentDevice.Refusal(agent, id) is { } refused
        ? GenesysAnswer.Failed(refused)
        : GenesysAnswer.Ok(new() { ["device"] = GenesysDeviceResource.Of(agent, states.Of(agent), BaseUrl) }));

    /// <summary>Dial: <c>{"operationName":"Dial","destination":{"phoneNumber":"15002"}}</c>.</summary>
    [HttpPost("{id}/calls")]
    [GenesysExample(Id = SeededDevice, Body = """{"operationName":"Dial","destination":{"phoneNumber":"15002"},"userData":{"AccountNumber":"12345"}}""", Operations = GenesysOperationSet.Device)]
    public Task<IActionResult> Dial(string? id) => OperateAsync((agent, body) => dialer.Dial(agent, id, body));
}
