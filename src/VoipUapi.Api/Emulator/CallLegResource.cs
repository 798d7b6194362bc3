using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One phone the call rang, in the order it rang them.</summary>
/// <param name="Kind"><c>extension</c>, <c>sandbox</c> or <c>public</c>.</param>
/// <param name="Role"><c>source</c>, <c>destination</c> or <c>added</c> (rung for a connected call: barge-in, whisper, monitor, unpark).</param>
/// <param name="State">
/// <c>ringing</c>, <c>answered</c>, <c>busy</c>, <c>rejected</c>, <c>unreachable</c>, <c>noAnswer</c>, <c>cancelled</c>,
/// <c>hungUp</c>, <c>pickedUp</c>, <c>parked</c> or <c>transferred</c>.
/// </param>
/// <param name="CallerId">The caller id the phone was shown.</param>
/// <param name="Behaviour">How the phone met the call (what it had when it started ringing).</param>
/// <param name="Audio"><c>full</c> (hears and is heard by all), <c>whisper</c> (hears the call, speaks to one party), <c>privateWhisper</c> (speaks to one party only) or <c>monitor</c> (listens only).</param>
/// <param name="SpeaksTo">For a whisper: the phone of the party that hears it.</param>
public sealed record CallLegResource(
    string Phone,
    string Kind,
    string Role,
    string State,
    DateTime Started,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Answered,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Ended,
    string CallerId,
    PhoneBehaviourResource Behaviour,
    string Audio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SpeaksTo);
