namespace VoipUapi.Api.Uapi;

/// <summary>
/// A PhoneCallView; <c>flow</c>, <c>status</c>, <c>parkedPos</c>, <c>holder</c> and <c>disposition</c> are numbers written
/// as strings, as the seeds show. A field without a value is left out.
/// </summary>
public sealed record PhoneCallViewResource
{
    public required string Id { get; init; }

    public required string Extension { get; init; }

    public required IReadOnlyList<string> Source { get; init; }

    public required IReadOnlyList<string> Destination { get; init; }

    public required string Flow { get; init; }

    public required string Status { get; init; }

    public string? Ringing { get; init; }

    public string? Answered { get; init; }

    public string? CallerId { get; init; }

    /// <summary>While the call is recorded for this extension (StartRecording): since when.</summary>
    public string? Recording { get; init; }

    /// <summary>While the call is parked (Park): since when.</summary>
    public string? Parked { get; init; }

    /// <summary>While the call is parked: its position in the organization's parking lot, from <c>1</c>.</summary>
    public string? ParkedPos { get; init; }

    /// <summary>While the call is parked: the extension that parked it.</summary>
    public string? ParkedBy { get; init; }

    /// <summary>While the call is on hold (OnHold): since when, on every view.</summary>
    public string? OnHold { get; init; }

    /// <summary><c>1</c> on the view of the party that put the call on hold; left out on the others.</summary>
    public string? Holder { get; init; }

    public string? Disposition { get; init; }
}
