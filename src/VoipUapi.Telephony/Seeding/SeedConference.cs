namespace VoipUapi.Telephony.Seeding;

/// <summary>A scheduled conference of a Conference extension.</summary>
public sealed class SeedConference
{
    public string? Extension { get; set; }

    public string? Number { get; set; }

    public string? Name { get; set; }

    public SeedConferencePins? Pins { get; set; }

    public int? MaxParticipants { get; set; }

    public DateTimeOffset? Start { get; set; }

    public double? DurationMinutes { get; set; }

    public bool ToneOnJoin { get; set; }

    public bool MusicWhileAlone { get; set; }

    public bool WaitForAdmin { get; set; }
}
