namespace VoipUapi.Api.Uapi;

/// <summary>A PhoneCallView; <c>flow</c>, <c>status</c> and <c>disposition</c> are numeric codes written as strings, as the seeds show.</summary>
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

    public string? Disposition { get; init; }
}
