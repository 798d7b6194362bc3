using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>The data of <c>conferences/create</c>: <c>{"id":123}</c>.</summary>
public sealed record CreatedConference([property: JsonPropertyName("id")] int Id);
