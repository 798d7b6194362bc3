using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>Opaque bearer tokens and the app each was issued to; they expire on the emulator's clock.</summary>
public sealed class TokenStore(TimeProvider time, IOptions<OAuthOptions> options)
{
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);

    /// <summary>A new URL-safe token (43 characters of <c>[A-Za-z0-9_-]</c>) for <paramref name="clientId"/>.</summary>
    public string Issue(string clientId)
    {
        DateTimeOffset now = time.GetUtcNow();
        if (_tokens.Count > PruneAbove)
        {
            PruneExpired(now);
        }

        string token = Base64UrlText(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = new IssuedToken(clientId, now + Lifetime);
        return token;
    }

    public TokenLookup Find(string token)
    {
        if (!_tokens.TryGetValue(token, out IssuedToken? issued))
        {
            return new TokenLookup(TokenStatus.Unknown, null);
        }

        if (issued.ExpiresAt <= time.GetUtcNow())
        {
            return new TokenLookup(TokenStatus.Expired, null);
        }

        return new TokenLookup(TokenStatus.Valid, issued);
    }

    private void PruneExpired(DateTimeOffset now)
    {
        foreach ((string token, IssuedToken issued) in _tokens)
        {
            if (issued.ExpiresAt <= now)
            {
                _tokens.TryRemove(token, out _);
            }
        }
    }

    private static string Base64UrlText(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
