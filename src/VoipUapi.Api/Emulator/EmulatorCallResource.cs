using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>A call as the network knows it: parties, legs, views, disposition, durations, and (alone) its timeline.</summary>
public sealed record EmulatorCallResource
{
    public required string Id { get; init; }

    /// <summary><c>simple</c> (placed through the UnifiedAPI) or <c>inbound</c> (placed through the control API).</summary>
    public required string Kind { get; init; }

    /// <summary><c>live</c> or <c>ended</c>.</summary>
    public required string State { get; init; }

    /// <summary><c>ringingSources</c>, <c>ringingDestination</c>, <c>connected</c> or <c>ended</c>.</summary>
    public required string Phase { get; init; }

    public string? Nonce { get; init; }

    /// <summary>The extension charged for the call; it need not be a party.</summary>
    public required string Extension { get; init; }

    /// <summary>The user charged for the call and owning it.</summary>
    public required int OwnerUserId { get; init; }

    public required string OrganizationCode { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public required IReadOnlyList<string> Destinations { get; init; }

    public required string SourceCallerId { get; init; }

    public required string DestinationCallerId { get; init; }

    /// <summary>How long each ringing stage waits for an answer; null for a seeded call that rings until answered.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? WaitForPickupSeconds { get; init; }

    /// <summary>How long the call lasts once connected; null for a seeded call, which lasts until it is hung up.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required double? CallDurationSeconds { get; init; }

    public required DateTime Published { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTime? Answered { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTime? Ended { get; init; }

    /// <summary><c>answered</c>, <c>busy</c>, <c>failed</c>, <c>noAnswer</c>, <c>unknown</c> (ended by a reset) or <c>notAllowed</c>; null while live.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Disposition { get; init; }

    /// <summary>The vendor's code of <see cref="Disposition"/>: 0 to 5 in the order above.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? DispositionCode { get; init; }

    /// <summary>From published until answered (or ended, or now).</summary>
    public required double RingingSeconds { get; init; }

    /// <summary>From answered until ended (or now); 0 when never answered.</summary>
    public required double TalkSeconds { get; init; }

    public required IReadOnlyList<CallLegResource> Legs { get; init; }

    public required IReadOnlyList<CallViewResource> Views { get; init; }

    /// <summary>For a call to a Queue extension: the queue, and the agent that answered; absent for other calls.</summary>
    public CallQueueResource? Queue { get; init; }

    /// <summary>The call's events the event log still holds, oldest first; only in <c>GET /emulator/calls/{id}</c>.</summary>
    public IReadOnlyList<CallEventResource>? Timeline { get; init; }

    /// <summary>False when the event log (<c>Telephony:EventLogCapacity</c>) no longer holds the call's first events.</summary>
    public bool? TimelineComplete { get; init; }
}
