using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// The body of a PUT on a phone call (vendor PhoneCallAction): the action and what it needs. Numbers may be sent as
/// JSON numbers or strings. A field the action does not use is checked for its form and otherwise ignored.
/// </summary>
public sealed class PhoneCallAction
{
    /// <summary>
    /// <c>PickUp</c>, <c>OnHold</c>, <c>OffHold</c>, <c>Park</c>, <c>UnPark</c>, <c>Transfer</c>, <c>TransferToVoicemail</c>,
    /// <c>BargeIn</c>, <c>Whisper</c>, <c>Monitor</c>, <c>StartRecording</c> or <c>StopRecording</c>, in any case.
    /// </summary>
    /// <example>OnHold</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Action { get; set; }

    /// <summary>
    /// The phone to ring: a Phone Terminal extension of the organization (<c>0003*024</c> or <c>024</c>) for PickUp,
    /// UnPark, BargeIn, Whisper and Monitor; an extension or a public number for Transfer; for TransferToVoicemail, the
    /// Phone Terminal whose voicemail takes the message (default: the view's extension).
    /// </summary>
    /// <example>0003*024</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SendCallTo { get; set; }

    /// <summary>Shown to <c>sendCallTo</c> while it rings, like <c>John Doe &lt;42420042&gt;</c>.</summary>
    /// <example>John Doe &lt;42420042&gt;</example>
    public string? CallerId { get; set; }

    /// <summary>Seconds <c>sendCallTo</c> rings before it gives up (default 25).</summary>
    /// <example>20</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaitForPickup { get; set; }

    /// <summary>
    /// The view of the call to act from (<c>01</c>): one of the path extension's. Required by every action but
    /// Transfer and TransferToVoicemail when the path names the call; without <c>phoneCallId</c>, each call's own view of
    /// the extension is used when it is left out.
    /// </summary>
    /// <example>01</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PhoneCallViewId { get; set; }

    /// <summary>StartRecording: <c>wav</c> (default) or <c>wav49</c>.</summary>
    /// <example>wav</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Format { get; set; }

    /// <summary>Park: seconds the call stays in the parking lot before it rings its parker again, 10 to 3600 (default 180).</summary>
    /// <example>30</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? MaxInParking { get; set; }

    /// <summary>Whisper: <c>0</c> (default) the whisperer hears the call, <c>1</c> it does not.</summary>
    /// <example>0</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Private { get; set; }

    /// <summary>Transfer (required): the party that transfers the call and leaves it; TransferToVoicemail: the party that sends it.</summary>
    /// <example>0003*024</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransferFromNumber { get; set; }

    /// <summary>The party being transferred (required for TransferToVoicemail); for Transfer, default the one other party talking.</summary>
    /// <example>0003*210</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? TransferNumber { get; set; }
}
