namespace VoipUapi.Telephony.Seeding;

public sealed class SeedOrganization
{
    public int Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }
}
