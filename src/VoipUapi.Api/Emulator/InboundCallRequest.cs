using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// <c>{"from":"3235742879","to":"0003*210","callerId":"Jane Caller &lt;3235742879&gt;","waitForPickup":25}</c>: a caller
/// of the public network dials an extension; the caller is on the line at once, the extension rings.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class InboundCallRequest
{
    /// <summary>The caller: a public number (<c>3235742879</c>, <c>+4930123456</c>).</summary>
    public string? From { get; set; }

    /// <summary>The called extension, with its organization code (<c>0003*210</c>): it rings, is charged, and its owner owns the call.</summary>
    public string? To { get; set; }

    /// <summary>Shown to the called phone, <c>Name &lt;number&gt;</c>; default <c>&lt;from&gt;</c>.</summary>
    public string? CallerId { get; set; }

    /// <summary>Seconds the extension rings before the call gives up (default <c>Telephony:DefaultWaitForPickupSeconds</c>).</summary>
    public double? WaitForPickup { get; set; }

    /// <summary>Seconds the call lasts once answered (default <c>Telephony:DefaultCallDurationSeconds</c>).</summary>
    public double? CallDuration { get; set; }

    /// <summary>DTMF the caller sends when asked: a Conference extension asks for the number, then the PIN, each ended by <c>#</c> (<c>3#2233#</c>).</summary>
    public string? Digits { get; set; }
}
