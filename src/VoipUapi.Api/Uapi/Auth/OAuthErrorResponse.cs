using System.Text.Json.Serialization;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>The RFC 6749 error body of the token endpoint.</summary>
public sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
