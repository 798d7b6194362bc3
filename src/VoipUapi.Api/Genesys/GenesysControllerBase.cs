using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys;

/// <summary>
/// What every Genesys controller shares: no MVC binding (the body is read here), the gate's authentication and CSRF
/// check, and the <c>{"statusCode":…}</c> envelope for every answer.
/// </summary>
[Produces("application/json")]
public abstract class GenesysControllerBase(GenesysGate gate, IOptions<GenesysOptions> options) : PlainController
{
    /// <summary>The scheme, host and port of this request, which the resources' URIs start with.</summary>
    protected string BaseUrl => GenesysBaseUrls.Of(Request);

    /// <summary>Admits the request, then answers what <paramref name="read"/> gives.</summary>
    protected IActionResult Read(Func<GenesysAgent, IActionResult> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return gate.Admit(HttpContext, out IActionResult? refusal) is { } agent ? read(agent) : refusal!;
    }

    /// <summary>Admits the request, reads its JSON body, runs <paramref name="operate"/>: <c>{"statusCode":0}</c> or its error.</summary>
    protected async Task<IActionResult> OperateAsync(Func<GenesysAgent, GenesysOperationBody, GenesysError?> operate)
    {
        ArgumentNullException.ThrowIfNull(operate);
        if (gate.Admit(HttpContext, out IActionResult? refusal) is not { } agent)
        {
            return refusal!;
        }

        var body = await GenesysBodyReader.ReadAsync(Request, options.Value.MaxRequestBodyBytes);
        if (!body.Succeeded)
        {
            return GenesysAnswer.Failed(body.Error!);
        }

        return operate(agent, new GenesysOperationBody(body.Value!)) is { } error ? GenesysAnswer.Failed(error) : GenesysAnswer.Ok();
    }
}
