namespace VoipUapi.Api.Uapi.Auth;

public sealed record IssuedToken(string ClientId, DateTimeOffset ExpiresAt);
