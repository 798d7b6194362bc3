using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One change of a call, numbered in the order the network made its changes.</summary>
/// <param name="Kind">
/// <c>callPublished</c>, <c>legRinging</c>, <c>legAnswered</c>, <c>legEnded</c>, <c>callConnected</c>, <c>callEnded</c>,
/// <c>digitsSent</c>, <c>callPickedUp</c>, <c>callHeld</c>, <c>callParked</c>, <c>callTransferred</c>, <c>recordingStarted</c>…:
/// every kind docs/control-api.md lists.
/// </param>
/// <param name="Phone">The phone a leg event is about; for <c>callPublished</c>, the charged extension.</param>
/// <param name="Detail">What the change ended in: a leg's final state, a call's disposition, the digits sent.</param>
public sealed record CallEventResource(
    long Sequence,
    DateTime At,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Phone,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Detail);
