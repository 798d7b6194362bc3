using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>The data of <c>conferences/unused/code</c>: <c>{"code":"100000"}</c>, or <c>""</c> when every code is taken.</summary>
public sealed record UnusedCode([property: JsonPropertyName("code")] string Code);
