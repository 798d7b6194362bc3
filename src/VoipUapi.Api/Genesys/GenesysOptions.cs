using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Genesys;

/// <summary>Bound from the <c>Genesys</c> configuration section (docs/configuration.md).</summary>
public sealed class GenesysOptions
{
    public const string Section = "Genesys";

    /// <summary>
    /// True (default): GETs answer <c>X-CSRF-HEADER</c>/<c>X-CSRF-TOKEN</c> and every PUT, POST and DELETE must send the
    /// token with the session cookie, else 403 <c>Missing or invalid Csrf token</c>. False: no CSRF check.
    /// </summary>
    public bool Csrf { get; set; } = true;

    /// <summary>
    /// The scheme, host and port that call and device URIs of notifications start with before an agent has sent a
    /// request (afterwards: the agent's last request's), such as <c>http://127.0.0.1:8080</c>.
    /// </summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Open <c>JSESSIONID</c> sessions kept at most; opening one more drops the oldest.</summary>
    [Range(1, 1_000_000)]
    public int MaxSessions { get; set; } = 10_000;

    /// <summary>The largest request body an operation may send.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
