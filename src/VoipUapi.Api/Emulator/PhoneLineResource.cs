using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One line of a phone in use: the call on it, the phone's own view of that call, and what the line does.</summary>
/// <param name="ViewId">The phone's view of the call (<c>00</c>, <c>01</c>…), when it is a local extension.</param>
/// <param name="State"><c>ringing</c>, <c>active</c> or <c>held</c> (the phone put the call on hold).</param>
public sealed record PhoneLineResource(
    string CallId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ViewId,
    string State);
