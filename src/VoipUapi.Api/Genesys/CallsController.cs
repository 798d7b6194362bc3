using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Swagger;
using VoipUapi.Api.Genesys.Views;

namespace VoipUapi.Api.Genesys;

[ApiController]
[Route("api/v2/me/calls")]
[Tags("Genesys")]
public sealed class CallsController(GenesysGate gate, IOptions<GenesysOptions> options, GenesysCalls calls, GenesysCallIds ids, GenesysCallOperations operations, TimeProvider clock)
    : GenesysControllerBase(gate, options)
{
    /// <summary>A call of agent1 with agent2 in the default seed.</summary>
    private const string SeededCall = "01RCC3N118B1V0SL8O7GK2LAES000007";

    /// <summary>The calls on the agent's device: <c>uris</c>, or with <c>?fields=*</c> the <c>calls</c>.</summary>
    [HttpGet]
    [GenesysExample(Query = "fields", QueryExample = "*", QueryDescription = "`*` for the calls themselves, or a comma-separated list of their fields; without it, their uris.")]
    public IActionResult List() => Read(agent =>
        GenesysLists.Answer("calls", [.. calls.Of(agent).Select(view => GenesysCallResource.Of(view, ids, BaseUrl, clock.GetUtcNow()))], Request.Query["fields"].FirstOrDefault()));

    /// <summary>One call: <c>{"statusCode":0,"call":{…}}</c>.</summary>
    [HttpGet("{id}")]
    [GenesysExample(Id = SeededCall)]
    public IActionResult Get(string id) => Read(agent =>
    {
        var found = calls.Find(agent, id);
        return found.Succeeded
            ? GenesysAnswer.Ok(new() { ["call"] = GenesysCallResource.Of(found.Value!, ids, BaseUrl, clock.GetUtcNow()) })
            : GenesysAnswer.Failed(found.Error!);
    });

    /// <summary>A call operation: <c>{"operationName":"SingleStepConference","destination":{"phoneNumber":"15002"}}</c> and the others docs/api-coverage.md lists.</summary>
    [HttpPost("{id}")]
    [GenesysExample(Id = SeededCall, Body = """{"operationName":"Hold"}""", Operations = GenesysOperationSet.Call)]
    public Task<IActionResult> Operate(string id) => OperateAsync((agent, body) => operations.Run(agent, id, body));
}
