using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <summary>Bound from the <c>Uapi</c> configuration section.</summary>
public sealed class UapiOptions
{
    public const string Section = "Uapi";

    /// <summary>The largest request body accepted; larger ones get 413 <c>request_too_large</c>.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
