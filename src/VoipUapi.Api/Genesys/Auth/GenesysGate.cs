using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys.Auth;

/// <summary>
/// What every Genesys request goes through first: authentication (the session cookie, else HTTP Basic; 401 with
/// statusCode 20), the session cookie issued when the request has none, and with <see cref="GenesysOptions.Csrf"/>
/// the CSRF token: given on every GET, demanded with the cookie on every PUT, POST and DELETE (403).
/// </summary>
public sealed class GenesysGate(GenesysAuthenticator authenticator, GenesysBaseUrls baseUrls, IOptions<GenesysOptions> options)
{
    public const string CsrfHeaderName = "X-CSRF-HEADER";
    public const string CsrfTokenName = "X-CSRF-TOKEN";
    public const string CsrfRefused = "Missing or invalid Csrf token";

    public GenesysAgent? Admit(HttpContext context, out IActionResult? refusal)
    {
        ArgumentNullException.ThrowIfNull(context);
        refusal = null;
        GenesysSession? session = authenticator.SessionOf(context);
        GenesysAgent? agent = authenticator.Authenticate(context);
        if (agent is null)
        {
            refusal = GenesysAnswer.Failed(new GenesysError(GenesysStatus.NotAuthenticated,
                "the user is not authenticated; send HTTP Basic credentials of an agent (the default seed has agent1 / password) or the JSESSIONID cookie of a session."));
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"GWS\"";
            return null;
        }

        bool changes = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (options.Value.Csrf && changes && (session is null || context.Request.Headers[CsrfTokenName] != session.CsrfToken))
        {
            refusal = new ContentResult { StatusCode = StatusCodes.Status403Forbidden, Content = CsrfRefused, ContentType = "text/plain; charset=utf-8" };
            return null;
        }

        session ??= authenticator.OpenSession(context, agent);
        if (options.Value.Csrf && !changes)
        {
            context.Response.Headers[CsrfHeaderName] = CsrfTokenName;
            context.Response.Headers[CsrfTokenName] = session.CsrfToken;
        }

        baseUrls.Saw(agent, context.Request);
        return agent;
    }
}
