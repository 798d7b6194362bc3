using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>The call from the perspective of one local extension, as the UnifiedAPI shows it, with names beside the vendor's codes.</summary>
/// <param name="Flow"><c>local</c> (2), <c>outgoingPublic</c> (4) or <c>incomingPublic</c> (8).</param>
/// <param name="Status"><c>unknown</c> (0), <c>offHook</c> (1), <c>trying</c> (2), <c>ringing</c> (3), <c>otherSideRinging</c> (4) or <c>onCall</c> (5).</param>
public sealed record CallViewResource(
    string Id,
    string Extension,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Destination,
    string Flow,
    int FlowCode,
    string Status,
    int StatusCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Ringing,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Answered,
    string CallerId);
