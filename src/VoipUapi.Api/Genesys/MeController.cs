using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Swagger;

namespace VoipUapi.Api.Genesys;

[ApiController]
[Route("api/v2/me")]
[Tags("Genesys")]
public sealed class MeController(GenesysGate gate, IOptions<GenesysOptions> options, GenesysAgentService agents) : GenesysControllerBase(gate, options)
{
    /// <summary>The agent: <c>{"statusCode":0,"user":{…}}</c>; <c>?subresources=*</c> embeds devices, channels, features, settings.</summary>
    [HttpGet]
    [GenesysExample(Query = "subresources", QueryExample = "*", QueryDescription = "`*`, or a comma-separated list of devices, channels, features, settings to embed in the user.")]
    public IActionResult Get() => Read(agent =>
    {
        var user = agents.User(agent, Request.Query["subresources"].FirstOrDefault(), BaseUrl);
        return user.Succeeded ? GenesysAnswer.Ok(new() { ["user"] = user.Value }) : GenesysAnswer.Failed(user.Error!);
    });

    /// <summary>StartContactCenterSession, EndContactCenterSession, Ready, NotReady, AfterCallWork.</summary>
    [HttpPost]
    [GenesysExample(Body = """{"operationName":"StartContactCenterSession","channels":["voice"]}""", Operations = GenesysOperationSet.Session)]
    public Task<IActionResult> Post() => OperateAsync(agents.OnMe);

    /// <summary>Ready, NotReady, AfterCallWork (the AgentState pages' samples post here).</summary>
    [HttpPost("channels/voice")]
    [GenesysExample(Body = """{"operationName":"Ready"}""", Operations = GenesysOperationSet.VoiceChannel, NeedsSession = true)]
    public Task<IActionResult> PostVoice() => OperateAsync(agents.OnVoiceChannel);
}
