using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

/// <summary>The PhoneCall a client sends to invite someone to a conference.</summary>
public sealed class ConferenceInvitePayload : ICallPayload
{
    /// <summary>The Conference extension that invites (<c>211</c> or <c>0003*211</c>); defaults to the source.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Extension { get; set; }

    /// <summary>Exactly one view: the source (the Conference extension itself) and the destination to invite.</summary>
    public List<PhoneCallViewPayload>? PhoneCallView { get; set; }

    /// <summary>A unique string that identifies the call; also accepted inside the view.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Nonce { get; set; }
}
