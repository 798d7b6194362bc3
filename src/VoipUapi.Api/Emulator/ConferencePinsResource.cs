using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>The PIN of each role; null for a role nobody can join as.</summary>
public sealed record ConferencePinsResource(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Admin,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Talker,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Listener);
