using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>The data of a list function with <c>count=1</c>: <c>{"count":2}</c> (inferred: the vendor does not print it).</summary>
public sealed record ListCount([property: JsonPropertyName("count")] int Count);
