using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Hosting;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>The RFC 6749 envelope of the errors outside any controller under <c>/oauth</c>, worded as the UnifiedAPI words them.</summary>
public static class OAuthHostErrors
{
    public const string Prefix = "/oauth";

    public static Task WriteAsync(HttpContext context, HostError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string code = error.Status >= StatusCodes.Status500InternalServerError ? "server_error" : "invalid_request";
        return UapiJsonResult.WriteAsync(context, error.Status, new OAuthErrorResponse(code, UapiHostErrors.ErrorOf(error).Message));
    }
}
