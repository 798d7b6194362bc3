namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

public sealed class EnswitchSeedRatePlan
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public List<string> Features { get; set; } = [];
}
