namespace VoipUapi.Telephony.Seeding;

/// <summary>A Queue extension's agents and times.</summary>
public sealed class SeedQueueExtension
{
    public string? Extension { get; set; }

    public List<string?>? Agents { get; set; }

    public double? MaxWaitSeconds { get; set; }

    public double? AgentRingSeconds { get; set; }
}
