namespace VoipUapi.Telephony.Seeding;

public sealed class SeedConferencePins
{
    public string? Admin { get; set; }

    public string? Talker { get; set; }

    public string? Listener { get; set; }
}
