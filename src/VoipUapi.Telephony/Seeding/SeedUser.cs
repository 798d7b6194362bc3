namespace VoipUapi.Telephony.Seeding;

public sealed class SeedUser
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public string? Name { get; set; }

    public bool CanSetCallerId { get; set; } = true;
}
