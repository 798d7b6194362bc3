using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>What a phone does now, on each of its lines, and how it will meet the next call.</summary>
/// <param name="Number">As the API writes it: <c>0003*210</c>, <c>3235742879</c>.</param>
/// <param name="Kind"><c>extension</c>, <c>sandbox</c> or <c>public</c>.</param>
/// <param name="State"><c>idle</c>, <c>ringing</c> or <c>onCall</c>: what its lines do: its active line if it has one, else its first line in use.</param>
/// <param name="CallId">The call of that line; null when idle.</param>
/// <param name="ViewId">Its own view of that call (<c>00</c>, <c>01</c>…), when it is a local extension.</param>
/// <param name="Lines">Every line in use, in the order the calls took them.</param>
/// <param name="LineCount">How many calls the phone may ring or talk on at once; null for a sandbox, which has no limit.</param>
/// <param name="Overridden">True when the behaviour was set through the control API rather than by the seed's rules.</param>
/// <param name="Registered">False once the phone was unregistered (<c>PUT</c> with <c>{"registered":false}</c>): calls meet it as unreachable.</param>
public sealed record PhoneStatusResource(
    string Number,
    string Kind,
    string State,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? CallId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ViewId,
    IReadOnlyList<PhoneLineResource> Lines,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? LineCount,
    PhoneBehaviourResource Behaviour,
    bool Overridden,
    bool Registered);
