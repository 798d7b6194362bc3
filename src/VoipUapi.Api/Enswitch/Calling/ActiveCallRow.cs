using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// A row of <c>calls/active/list</c>: one leg of a live call. The vendor documents <c>answered</c>, <c>billing_peer</c>,
/// <c>callerid_external</c>, <c>callerid_internal</c>, <c>uniqueid</c> and <c>start</c>; the other columns are the
/// sort keys its page names, and <c>callid</c>, <c>answered_number</c>, <c>number</c>, <c>state</c> and <c>conference</c> are the emulator's
/// (all inferred, docs/api-coverage.md). <c>c*</c> is the number first called, <c>d*</c> the phone that has the
/// call now (the one that took it after a pick-up or a transfer), <c>answered_number</c> the one that answered first.
/// </summary>
public sealed record ActiveCallRow
{
    [JsonPropertyName("uniqueid")] public required string UniqueId { get; init; }

    [JsonPropertyName("callid")] public required string CallId { get; init; }

    [JsonPropertyName("start")] public long Start { get; init; }

    [JsonPropertyName("answered")] public long Answered { get; init; }

    [JsonPropertyName("direction")] public required string Direction { get; init; }

    [JsonPropertyName("stype")] public required string SourceType { get; init; }

    [JsonPropertyName("snumber")] public required string SourceNumber { get; init; }

    [JsonPropertyName("ctype")] public required string CalledType { get; init; }

    [JsonPropertyName("cnumber")] public required string CalledNumber { get; init; }

    [JsonPropertyName("dtype")] public required string DestinationType { get; init; }

    [JsonPropertyName("dnumber")] public required string DestinationNumber { get; init; }

    /// <summary>The destination that answered first: after a transfer or a pick-up, <c>dnumber</c> may be another phone.</summary>
    [JsonPropertyName("answered_number")] public required string AnsweredNumber { get; init; }

    /// <summary>The phone of this leg.</summary>
    [JsonPropertyName("number")] public required string Number { get; init; }

    /// <summary><c>ringing</c> or <c>answered</c>.</summary>
    [JsonPropertyName("state")] public required string State { get; init; }

    [JsonPropertyName("callerid_internal")] public required string CallerIdInternal { get; init; }

    [JsonPropertyName("callerid_external")] public required string CallerIdExternal { get; init; }

    [JsonPropertyName("billing_peer")] public int BillingPeer { get; init; }

    [JsonPropertyName("scustomer")] public int SourceCustomer { get; init; }

    [JsonPropertyName("machine")] public required string Machine { get; init; }

    [JsonPropertyName("peer")] public string Peer { get; init; } = string.Empty;

    /// <summary>The code of the conference this leg is in or being brought to; empty for other calls.</summary>
    [JsonPropertyName("conference")] public string Conference { get; init; } = string.Empty;

    /// <summary>With <c>names=1</c>: the names of the source, called and destination numbers.</summary>
    [JsonPropertyName("sname")] public string? SourceName { get; init; }

    [JsonPropertyName("cname")] public string? CalledName { get; init; }

    [JsonPropertyName("dname")] public string? DestinationName { get; init; }
}
