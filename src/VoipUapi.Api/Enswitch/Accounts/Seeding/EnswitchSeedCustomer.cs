namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

public sealed class EnswitchSeedCustomer
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? Parent { get; set; }

    public int? OrganizationId { get; set; }

    public string? ConferenceExtension { get; set; }

    public int RatePlan { get; set; }
}
