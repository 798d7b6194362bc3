using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>A row of <c>conferences/notifications/list</c> (inferred: the vendor's list page was not found): the create parameters and an id.</summary>
public sealed record NotificationResource(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("conference")] int Conference,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("level")] string Level);
