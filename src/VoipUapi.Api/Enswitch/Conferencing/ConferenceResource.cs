using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>
/// The fields of a conference as <c>conferences/get</c> and <c>conferences/list</c> answer them: the names of the
/// create and update parameters (inferred: the vendor prints only <c>id</c> and <c>code</c>). Booleans are 1 or 0.
/// </summary>
public sealed record ConferenceResource
{
    [JsonPropertyName("id")] public int Id { get; init; }

    [JsonPropertyName("customer")] public int Customer { get; init; }

    [JsonPropertyName("code")] public string Code { get; init; } = string.Empty;

    [JsonPropertyName("description")] public string Description { get; init; } = string.Empty;

    [JsonPropertyName("adminpin")] public string AdminPin { get; init; } = string.Empty;

    [JsonPropertyName("talkpin")] public string TalkPin { get; init; } = string.Empty;

    [JsonPropertyName("listenpin")] public string ListenPin { get; init; } = string.Empty;

    [JsonPropertyName("callerid")] public string CallerId { get; init; } = string.Empty;

    [JsonPropertyName("count")] public int Count { get; init; } = 1;

    [JsonPropertyName("duration")] public int Duration { get; init; }

    [JsonPropertyName("maximum")] public int Maximum { get; init; }

    [JsonPropertyName("owner")] public int Owner { get; init; }

    [JsonPropertyName("panel")] public int Panel { get; init; }

    [JsonPropertyName("play_join")] public int PlayJoin { get; init; }

    [JsonPropertyName("play_music")] public int PlayMusic { get; init; }

    [JsonPropertyName("record_name")] public int RecordName { get; init; }

    [JsonPropertyName("repeats")] public string Repeats { get; init; } = string.Empty;

    [JsonPropertyName("wait_music")] public int WaitMusic { get; init; }

    [JsonPropertyName("year")] public int Year { get; init; }

    [JsonPropertyName("month")] public int Month { get; init; } = 1;

    [JsonPropertyName("day")] public int Day { get; init; } = 1;

    [JsonPropertyName("hour")] public int Hour { get; init; }

    [JsonPropertyName("minute")] public int Minute { get; init; }
}
