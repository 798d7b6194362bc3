namespace VoipUapi.Api.Uapi.Auth;

/// <param name="Token">The token's grant when <paramref name="Status"/> is <see cref="TokenStatus.Valid"/>.</param>
public sealed record TokenLookup(TokenStatus Status, IssuedToken? Token);
