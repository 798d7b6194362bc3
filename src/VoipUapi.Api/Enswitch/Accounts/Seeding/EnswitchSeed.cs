namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

/// <summary>The JSON shape of a seed's <c>dialects.enswitch</c> section (documented in docs/seed.md).</summary>
public sealed class EnswitchSeed
{
    public List<EnswitchSeedRole> Roles { get; set; } = [];

    public List<EnswitchSeedRatePlan> RatePlans { get; set; } = [];

    public List<EnswitchSeedCustomer> Customers { get; set; } = [];

    public List<EnswitchSeedPerson> People { get; set; } = [];
}
