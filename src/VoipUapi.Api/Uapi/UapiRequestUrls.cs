using VoipUapi.Api.Uapi.Auth;

namespace VoipUapi.Api.Uapi;

public static class UapiRequestUrls
{
    /// <summary>Never copied into links: a token in a URL would leak into logs and histories.</summary>
    public const string TokenParameter = UapiBearerFilter.QueryParameter;

    public static string BaseOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
