using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Uapi;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>The VoipNow token endpoint. Issues bearer tokens to the seed's apps with the client-credentials grant.</summary>
[Route("oauth/token.php")]
[Tags("OAuth")]
[Produces("application/json")]
public sealed class OAuthTokenController(TelephonyNetwork network, TokenStore tokens, IOptions<UapiOptions> uapi) : PlainController
{
    private const string ClientCredentials = "client_credentials";

    /// <summary>Obtains an access token.</summary>
    /// <remarks>
    /// Send <c>application/x-www-form-urlencoded</c> with <c>grant_type=client_credentials</c>, <c>client_id</c> and
    /// <c>client_secret</c> (or the client credentials in an HTTP Basic <c>Authorization</c> header). <c>type</c> and
    /// <c>redirect_uri</c> are accepted and ignored, as 4PSA's own clients send them.
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<OAuthTokenResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<OAuthErrorResponse>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<OAuthErrorResponse>(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> IssueAsync()
    {
        // No parameter is bound, so that MVC's form value providers never read the body before TokenRequestForm does.
        Response.Headers.CacheControl = "no-store";
        (IFormCollection form, string? unreadable) = await TokenRequestForm.ReadAsync(Request, uapi.Value.MaxRequestBodyBytes, HttpContext.RequestAborted);
        if (unreadable is not null)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", unreadable);
        }

        string grantType = form["grant_type"].ToString();
        if (grantType.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request",
                "grant_type is missing: send grant_type=client_credentials as a form field (application/x-www-form-urlencoded).");
        }

        if (grantType != ClientCredentials)
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type",
                $"grant_type '{grantType}' is not supported by the emulator: send grant_type=client_credentials.");
        }

        (string clientId, string clientSecret) = Credentials(form);
        if (clientId.Length == 0 || clientSecret.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request",
                "client_id and client_secret are required: send both as form fields or as HTTP Basic credentials.");
        }

        OAuthApp? app = network.Directory.FindApp(clientId);
        if (app is null || !string.Equals(app.ClientSecret, clientSecret, StringComparison.Ordinal))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client",
                "Unknown client_id or wrong client_secret: use the credentials of an app in the seed (docs/seed.md).");
        }

        return Ok(new OAuthTokenResponse(tokens.Issue(app.ClientId), "Bearer", (int)tokens.Lifetime.TotalSeconds));
    }

    private (string ClientId, string ClientSecret) Credentials(IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out AuthenticationHeaderValue? header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { } encoded)
        {
            try
            {
                string[] pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                if (pair.Length == 2)
                {
                    return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
                }
            }
            catch (FormatException)
            {
                return (string.Empty, string.Empty);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static ObjectResult Error(int status, string code, string description) =>
        new(new OAuthErrorResponse(code, description)) { StatusCode = status };
}
