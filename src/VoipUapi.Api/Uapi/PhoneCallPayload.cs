using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

/// <summary>The PhoneCall a client sends to create a call.</summary>
public sealed class PhoneCallPayload : ICallPayload
{
    /// <summary>The Phone Terminal extension charged for the call (<c>210</c> or <c>0003*210</c>); defaults to the first source.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Extension { get; set; }

    /// <summary>Exactly one view: who to ring first (source) and who to connect them to (destination).</summary>
    public List<PhoneCallViewPayload>? PhoneCallView { get; set; }

    /// <summary>A unique string that identifies the call; also accepted inside the view.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Nonce { get; set; }
}
