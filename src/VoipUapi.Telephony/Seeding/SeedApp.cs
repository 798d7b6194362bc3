namespace VoipUapi.Telephony.Seeding;

public sealed class SeedApp
{
    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? Account { get; set; }

    public int? AccountId { get; set; }
}
