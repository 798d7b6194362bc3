using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Enswitch;

/// <summary>Bound from the <c>Enswitch</c> configuration section (docs/configuration.md).</summary>
public sealed class EnswitchOptions
{
    public const string Section = "Enswitch";

    /// <summary>
    /// False (default): every answer is HTTP 200 and its code is in <c>responses[0].code</c>, as client SDKs expect.
    /// True: the HTTP status is the first code (a 204 is sent as 200, since it carries a body). See docs/decisions/0012.
    /// </summary>
    public bool HttpStatusFromCode { get; set; }

    /// <summary>The largest form body a request may send.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
