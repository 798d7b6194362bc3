using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

public sealed class PhoneCallViewPayload
{
    /// <summary>Numbers rung at once; the first to answer is connected to the destination.</summary>
    [JsonConverter(typeof(LenientStringListConverter))]
    public List<string>? Source { get; set; }

    /// <summary>The number called once a source answered.</summary>
    [JsonConverter(typeof(LenientStringListConverter))]
    public List<string>? Destination { get; set; }

    /// <summary>Shown to the sources, like <c>John Doe &lt;4242425&gt;</c>.</summary>
    public string? CallerId { get; set; }

    /// <summary>Shown to the destination.</summary>
    public string? CallerIdDestination { get; set; }

    /// <summary>The name 4PSA's own clients send for <see cref="CallerIdDestination"/>.</summary>
    public string? CallerDestination { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Nonce { get; set; }
}
