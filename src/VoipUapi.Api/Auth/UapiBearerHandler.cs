using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi;

namespace VoipUapi.Api.Auth;

/// <summary>
/// Authenticates UnifiedAPI requests by the bearer token in <c>Authorization</c> or in the <c>accessRequestToken</c>
/// query parameter, and answers failures with a 401 in the UAPI envelope.
/// </summary>
public sealed class UapiBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenStore tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "UapiBearer";
    public const string ClientIdClaim = "client_id";
    public const string QueryParameter = "accessRequestToken";
    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? token = TokenOf(Request.Headers.Authorization.ToString()) ?? TokenOf(Request.Query[QueryParameter].ToString(), bareAllowed: true);
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.Fail(
                "no access token was sent; send 'Authorization: Bearer TOKEN' with a token from POST /oauth/token.php."));
        }

        TokenLookup lookup = tokens.Find(token);
        return Task.FromResult(lookup.Status switch
        {
            TokenStatus.Valid => AuthenticateResult.Success(Ticket(lookup.Token!)),
            TokenStatus.Expired => AuthenticateResult.Fail("the access token has expired; get a new one from POST /oauth/token.php."),
            _ => AuthenticateResult.Fail("the access token is not one the emulator issued; get one from POST /oauth/token.php."),
        });
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        AuthenticateResult result = await HandleAuthenticateOnceSafeAsync();
        UapiError error = UapiErrors.For(UapiErrorCodes.AccessDenied, result.Failure?.Message ?? "this request needs an access token.");
        Response.StatusCode = error.Status;
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Response.WriteAsJsonAsync(UapiErrorEnvelope.From(error), Context.RequestAborted);
    }

    private static string? TokenOf(string value, bool bareAllowed = false)
    {
        if (value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            string token = value[BearerPrefix.Length..].Trim();
            return token.Length > 0 ? token : null;
        }

        return bareAllowed && value.Length > 0 ? value.Trim() : null;
    }

    private static AuthenticationTicket Ticket(IssuedToken token)
    {
        var identity = new ClaimsIdentity([new Claim(ClientIdClaim, token.ClientId)], SchemeName);
        return new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName);
    }
}
