namespace VoipUapi.Telephony.Seeding;

/// <summary>Turns the seed's <c>conferences</c> into scheduled conferences, refusing any that could not be joined as written.</summary>
internal sealed class SeedConferences(string source)
{
    public List<ScheduledConference> Build(IReadOnlyList<SeedConference> seeded, TelephonyDirectory directory)
    {
        List<ScheduledConference> conferences = [];
        foreach (SeedConference conference in seeded)
        {
            string entity = $"conference {conference.Number ?? "(no number)"} of {conference.Extension ?? "(no extension)"}";
            Require(ExtensionNumber.TryParse(conference.Extension, out ExtensionNumber host), entity, "extension must be an extended number like \"0003*211\"");
            Require(directory.FindExtension(host) is { Type: ExtensionType.Conference }, entity, "extension must be a Conference extension of the seed");
            Require(conference.Pins is not null, entity, "pins is missing; give at least one of admin, talker and listener, like { \"talker\": \"2233\" }");
            Require(conference.DurationMinutes is null or (> 0 and <= 525_600), entity, "durationMinutes must be between 1 and 525600, or absent");
            var scheduled = new ScheduledConference(
                host,
                conference.Number ?? string.Empty,
                new ConferencePins(Pin(conference.Pins!.Admin), Pin(conference.Pins.Talker), Pin(conference.Pins.Listener)),
                conference.MaxParticipants,
                conference.Start,
                conference.DurationMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
                (conference.ToneOnJoin ? ConferenceFeatures.ToneOnJoin : ConferenceFeatures.None)
                    | (conference.MusicWhileAlone ? ConferenceFeatures.MusicWhileAlone : ConferenceFeatures.None)
                    | (conference.WaitForAdmin ? ConferenceFeatures.WaitForAdmin : ConferenceFeatures.None),
                conference.Name);
            Require(scheduled.Problem() is null, entity, scheduled.Problem()!);
            Require(conferences.TrueForAll(c => c.Key != scheduled.Key), entity, $"{host} has two conferences numbered {scheduled.Number}");
            conferences.Add(scheduled);
        }

        return conferences;
    }

    /// <summary>An empty PIN is no PIN: that role cannot be joined.</summary>
    private static string? Pin(string? pin) => string.IsNullOrEmpty(pin) ? null : pin;

    private void Require(bool condition, string entity, string problem)
    {
        if (!condition)
        {
            throw new SeedException($"seed {source}: {entity}: {problem}.");
        }
    }
}
