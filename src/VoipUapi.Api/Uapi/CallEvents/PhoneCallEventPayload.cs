using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>The PhoneCallEvent a client sends to create or update one; numbers may be JSON numbers or numeric strings.</summary>
public sealed class PhoneCallEventPayload
{
    /// <summary>0 Dial-In, 1 Dial-Out, 2 Hangup, 3 Answer on an incoming call, 4 Answer on an outgoing call; or in the path.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Type { get; set; }

    /// <summary>Letters and digits, 1 to 255; generated (30 characters) when left out.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    /// <summary>The absolute http or https URL the emulator requests when the event happens.</summary>
    public string? Url { get; set; }

    /// <summary>0 GET (parameters in the query string, the default), 1 POST (a form body).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Method { get; set; }

    /// <summary>1 enabled (the default), 0 disabled.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Note { get; set; }
}
