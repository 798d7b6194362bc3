using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>The call from the perspective of one local extension, as the UnifiedAPI shows it, with names beside the vendor's codes.</summary>
/// <param name="Flow"><c>local</c> (2), <c>outgoingPublic</c> (4) or <c>incomingPublic</c> (8).</param>
/// <param name="Status"><c>unknown</c> (0), <c>offHook</c> (1), <c>trying</c> (2), <c>ringing</c> (3), <c>otherSideRinging</c> (4) or <c>onCall</c> (5).</param>
/// <param name="OnHold">While the call is on hold: since when; absent otherwise.</param>
/// <param name="Holder">True on the view of the party that put the call on hold.</param>
/// <param name="Parked">While the call is parked: since when, with <paramref name="ParkedPos"/> and <paramref name="ParkedBy"/>.</param>
/// <param name="Recording">While the call is recorded for this extension: since when.</param>
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
    string CallerId,
    DateTime? OnHold = null,
    bool Holder = false,
    DateTime? Parked = null,
    int? ParkedPos = null,
    string? ParkedBy = null,
    DateTime? Recording = null);
