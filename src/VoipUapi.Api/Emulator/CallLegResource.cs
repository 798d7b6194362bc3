using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One phone the call rang, in the order it rang them.</summary>
/// <param name="Kind"><c>extension</c>, <c>sandbox</c> or <c>public</c>.</param>
/// <param name="Role"><c>source</c> or <c>destination</c>.</param>
/// <param name="State"><c>ringing</c>, <c>answered</c>, <c>busy</c>, <c>rejected</c>, <c>unreachable</c>, <c>noAnswer</c>, <c>cancelled</c> or <c>hungUp</c>.</param>
/// <param name="CallerId">The caller id the phone was shown.</param>
/// <param name="Behaviour">How the phone met the call (what it had when it started ringing).</param>
public sealed record CallLegResource(
    string Phone,
    string Kind,
    string Role,
    string State,
    DateTime Started,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Answered,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Ended,
    string CallerId,
    PhoneBehaviourResource Behaviour);
