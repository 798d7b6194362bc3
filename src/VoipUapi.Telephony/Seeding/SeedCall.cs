namespace VoipUapi.Telephony.Seeding;

/// <summary>A call already in progress when the network starts.</summary>
public sealed class SeedCall
{
    public string? Id { get; set; }

    public string? Extension { get; set; }

    public List<string>? Source { get; set; }

    public List<string>? Destination { get; set; }

    public string? CallerId { get; set; }

    public string? CallerIdDestination { get; set; }

    public string? State { get; set; }

    public double PublishedSecondsAgo { get; set; }

    public double? AnsweredSecondsAgo { get; set; }

    public double? WaitForPickupSeconds { get; set; }

    public double? CallDurationSeconds { get; set; }

    public string? Nonce { get; set; }
}
