using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>
/// Opaque bearer tokens and the app each was issued to; they expire on the emulator's clock. At most
/// <see cref="OAuthOptions.MaxTokens"/> are held: issuing drops the expired ones first, then the oldest, so memory
/// stays bounded even on a frozen clock, and each issue costs the same however many are held
/// (docs/decisions/0011-bad-input-fuzzing-tokens-and-correlation-ids.md).
/// </summary>
public sealed class TokenStore(TimeProvider time, IOptions<OAuthOptions> options) : IRestartWithEmulator
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    /// <summary>The tokens in the order they were issued, which is the order they expire in while the clock goes forward.</summary>
    private readonly Queue<string> _issueOrder = new();

    private readonly Lock _issuing = new();

    public TimeSpan Lifetime => TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);

    /// <summary>A new URL-safe token (43 characters of <c>[A-Za-z0-9_-]</c>) for <paramref name="clientId"/>.</summary>
    public string Issue(string clientId)
    {
        string token = Base64UrlText(RandomNumberGenerator.GetBytes(32));
        lock (_issuing)
        {
            DateTimeOffset now = time.GetUtcNow();
            while (_issueOrder.TryPeek(out string? oldest)
                && (_issueOrder.Count >= options.Value.MaxTokens || _tokens[oldest].ExpiresAt <= now))
            {
                _tokens.TryRemove(_issueOrder.Dequeue(), out _);
            }

            _tokens[token] = new IssuedToken(clientId, now + Lifetime);
            _issueOrder.Enqueue(token);
        }

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

    /// <summary>Forgets every token issued: an emulator restarted as new has issued none.</summary>
    public void Restart()
    {
        lock (_issuing)
        {
            _tokens.Clear();
            _issueOrder.Clear();
        }
    }

    private static string Base64UrlText(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
