using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>Bound from the <c>OAuth</c> configuration section.</summary>
public sealed class OAuthOptions
{
    public const string Section = "OAuth";

    /// <summary>Seconds an access token stays valid on the emulator's clock (<c>expires_in</c>).</summary>
    [Range(1, 31_536_000)]
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Tokens held at once; issuing one more drops the oldest (docs/configuration.md).</summary>
    [Range(1, 10_000_000)]
    public int MaxTokens { get; set; } = 100_000;
}
