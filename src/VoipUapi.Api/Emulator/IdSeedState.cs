using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary><c>{"seed":42}</c>, or <c>{"seed":null}</c> when call ids are random.</summary>
public sealed record IdSeedState([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Seed);
