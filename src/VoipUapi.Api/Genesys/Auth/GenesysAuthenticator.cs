using System.Net.Http.Headers;
using System.Text;
using VoipUapi.Api.Genesys.Agents;

namespace VoipUapi.Api.Genesys.Auth;

/// <summary>
/// Who a Genesys request comes from: the agent of a valid <c>JSESSIONID</c> cookie, else of a valid HTTP Basic
/// <c>Authorization</c> header; null when neither names an agent. <see cref="OpenSession"/> issues the cookie.
/// </summary>
public sealed class GenesysAuthenticator(GenesysAgentDirectory agents, GenesysSessions sessions)
{
    public const string SessionCookie = "JSESSIONID";

    public GenesysAgent? Authenticate(HttpContext context) =>
        SessionOf(context) is { } session ? agents.Find(session.AgentUserName) : FromBasic(context.Request);

    /// <summary>The session the request's cookie names, if it is open.</summary>
    public GenesysSession? SessionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Cookies.TryGetValue(SessionCookie, out string? id) && !string.IsNullOrEmpty(id) ? sessions.Find(id) : null;
    }

    /// <summary>Opens a session for <paramref name="agent"/> and sets its cookie on the response.</summary>
    public GenesysSession OpenSession(HttpContext context, GenesysAgent agent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(agent);
        GenesysSession session = sessions.Open(agent.UserName);
        context.Response.Cookies.Append(SessionCookie, session.Id, new CookieOptions { HttpOnly = true, Path = "/", SameSite = SameSiteMode.Lax });
        return session;
    }

    private GenesysAgent? FromBasic(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out AuthenticationHeaderValue? header)
            || !header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            || header.Parameter is not { } encoded)
        {
            return null;
        }

        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }

        int colon = pair.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && agents.Find(pair[..colon]) is { } agent && agent.HasPassword(pair[(colon + 1)..]) ? agent : null;
    }
}
