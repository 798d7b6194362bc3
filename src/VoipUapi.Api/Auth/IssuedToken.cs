namespace VoipUapi.Api.Auth;

public sealed record IssuedToken(string ClientId, DateTimeOffset ExpiresAt);
