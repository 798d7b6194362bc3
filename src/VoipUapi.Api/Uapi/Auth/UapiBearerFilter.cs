using Microsoft.AspNetCore.Mvc.Filters;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>
/// Admits a UnifiedAPI request by the bearer token in <c>Authorization</c> or in the <c>accessRequestToken</c> query
/// parameter, and answers anything else with a 401 in the UAPI envelope. The token's grant is left in the request's
/// features for <see cref="UapiControllerBase"/>. An MVC filter rather than an authentication scheme: one dictionary
/// lookup, no principal, no policy evaluation (docs/decisions/0008-lean-request-pipeline.md).
/// </summary>
public sealed class UapiBearerFilter(TokenStore tokens) : IAuthorizationFilter
{
    public const string QueryParameter = "accessRequestToken";
    private const string BearerPrefix = "Bearer ";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest request = context.HttpContext.Request;
        string? token = TokenOf(request.Headers.Authorization.ToString()) ?? TokenOf(request.Query[QueryParameter].ToString(), bareAllowed: true);
        if (token is null)
        {
            Deny(context, "no access token was sent; send 'Authorization: Bearer TOKEN' with a token from POST /oauth/token.php.");
            return;
        }

        TokenLookup lookup = tokens.Find(token);
        switch (lookup.Status)
        {
            case TokenStatus.Valid:
                context.HttpContext.Features.Set(lookup.Token);
                break;
            case TokenStatus.Expired:
                Deny(context, "the access token has expired; get a new one from POST /oauth/token.php.");
                break;
            default:
                Deny(context, "the access token is not one the emulator holds (never issued, or dropped as the oldest of more than OAuth:MaxTokens); get one from POST /oauth/token.php.");
                break;
        }
    }

    private static void Deny(AuthorizationFilterContext context, string message)
    {
        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        context.Result = new UapiErrorResult(UapiErrors.For(UapiErrorCodes.AccessDenied, message));
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
}
