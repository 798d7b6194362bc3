namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>
/// An ended call as the CDR service writes it: the PhoneCall resource without its link (an ended call has left the
/// list a link would name), with when it ended, how long it talked, its disposition and its flow. A field left out
/// of <c>fields</c> is null and not written.
/// </summary>
public sealed record CallRecordResource
{
    public string? Id { get; init; }

    public string? Nonce { get; init; }

    public string? Extension { get; init; }

    public string? OwnerId { get; init; }

    public string? OwnerName { get; init; }

    public string? Published { get; init; }

    public string? Answered { get; init; }

    public string? Ended { get; init; }

    /// <summary>Seconds from the answer to the end; <c>0</c> for a call never answered.</summary>
    public string? Duration { get; init; }

    public string? Disposition { get; init; }

    public string? Flow { get; init; }

    public IReadOnlyList<PhoneCallViewResource>? PhoneCallView { get; init; }

    /// <summary>Only for a call that went through a queue.</summary>
    public CallRecordQueueResource? Queue { get; init; }
}
