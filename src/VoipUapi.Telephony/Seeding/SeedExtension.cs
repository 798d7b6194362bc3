namespace VoipUapi.Telephony.Seeding;

public sealed class SeedExtension
{
    public string? Number { get; set; }

    public string? Type { get; set; }

    public int OwnerId { get; set; }

    public string? CallerId { get; set; }
}
