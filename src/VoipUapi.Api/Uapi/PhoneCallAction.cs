using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

/// <summary>The body of a PUT on a phone call: the action and what it needs. Numbers may be sent as JSON numbers or strings.</summary>
public sealed class PhoneCallAction
{
    /// <summary><c>PickUp</c>; the vendor's other actions (OnHold, Park, Transfer…) are not emulated yet.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Action { get; set; }

    /// <summary>The Phone Terminal extension that rings instead (<c>0003*024</c> or <c>024</c>).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SendCallTo { get; set; }

    /// <summary>Shown to <see cref="SendCallTo"/>, like <c>John Doe &lt;42420042&gt;</c>.</summary>
    public string? CallerId { get; set; }

    /// <summary>Seconds <see cref="SendCallTo"/> rings before the call is cancelled (default 25).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? WaitForPickup { get; set; }

    /// <summary>The view of the call to act on (<c>01</c>): the one of the extension it rings on.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? PhoneCallViewId { get; set; }
}
