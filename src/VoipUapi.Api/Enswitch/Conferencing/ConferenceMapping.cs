using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>Between the network's scheduled conferences and the Enswitch fields of a conference (docs/decisions/0012).</summary>
public static class ConferenceMapping
{
    public static ConferenceResource ToResource(ScheduledConference conference, int id, int customer)
    {
        ArgumentNullException.ThrowIfNull(conference);
        DateTimeOffset? start = conference.Start?.ToUniversalTime();
        return new ConferenceResource
        {
            Id = id,
            Customer = customer,
            Code = conference.Number,
            Description = conference.Name ?? string.Empty,
            AdminPin = conference.Pins.Admin ?? string.Empty,
            TalkPin = conference.Pins.Talker ?? string.Empty,
            ListenPin = conference.Pins.Listener ?? string.Empty,
            CallerId = conference.NotificationCallerId ?? string.Empty,
            Count = conference.Recurrence?.Count ?? 1,
            Duration = conference.Duration is { } duration ? (int)Math.Ceiling(duration.TotalMinutes) : 0,
            Maximum = conference.MaxParticipants ?? 0,
            Owner = conference.OwnerId ?? 0,
            Panel = Bit(conference, ConferenceFeatures.ShownOnPanel),
            PlayJoin = Bit(conference, ConferenceFeatures.ToneOnJoin),
            PlayMusic = Bit(conference, ConferenceFeatures.MusicWhileAlone),
            RecordName = Bit(conference, ConferenceFeatures.RecordNames),
            Repeats = ConferenceRepeats.NameOf(conference.Recurrence?.Every),
            WaitMusic = Bit(conference, ConferenceFeatures.WaitForAdmin),
            Year = start?.Year ?? 0,
            Month = start?.Month ?? 1,
            Day = start?.Day ?? 1,
            Hour = start?.Hour ?? 0,
            Minute = start?.Minute ?? 0,
        };
    }

    /// <summary>The network's conference for <paramref name="fields"/> on <paramref name="host"/>, first starting at <paramref name="start"/>.</summary>
    public static ScheduledConference ToScheduled(ConferenceResource fields, ExtensionNumber host, DateTimeOffset? start)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ConferenceFeatures features = Feature(fields.Panel, ConferenceFeatures.ShownOnPanel)
            | Feature(fields.PlayJoin, ConferenceFeatures.ToneOnJoin)
            | Feature(fields.PlayMusic, ConferenceFeatures.MusicWhileAlone)
            | Feature(fields.RecordName, ConferenceFeatures.RecordNames)
            | Feature(fields.WaitMusic, ConferenceFeatures.WaitForAdmin);
        return new ScheduledConference(
            host,
            fields.Code,
            new ConferencePins(OrNull(fields.AdminPin), OrNull(fields.TalkPin), OrNull(fields.ListenPin)),
            fields.Maximum == 0 ? null : fields.Maximum,
            start,
            fields.Duration == 0 ? null : TimeSpan.FromMinutes(fields.Duration),
            features,
            OrNull(fields.Description))
        {
            OwnerId = fields.Owner == 0 ? null : fields.Owner,
            NotificationCallerId = OrNull(fields.CallerId),
            Recurrence = ConferenceRepeats.Parse(fields.Repeats) is { } every ? new ConferenceRecurrence(every, fields.Count) : null,
        };
    }

    /// <summary>
    /// When the conference first starts: the date of the fields; with year 0 none (always open), unless a duration
    /// or a recurrence needs one, and then the moment it is created (or the start it already has).
    /// </summary>
    public static DateTimeOffset? StartOf(ConferenceResource fields, DateTimeOffset now, DateTimeOffset? current, bool dateSent)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Year == 0)
        {
            return fields.Duration > 0 || fields.Repeats.Length > 0 ? current ?? now : null;
        }

        return !dateSent && current is { } kept
            ? kept
            : new DateTimeOffset(fields.Year, fields.Month, fields.Day, fields.Hour, fields.Minute, 0, TimeSpan.Zero);
    }

    private static int Bit(ScheduledConference conference, ConferenceFeatures feature) => conference.Has(feature) ? 1 : 0;

    private static ConferenceFeatures Feature(int bit, ConferenceFeatures feature) => bit == 1 ? feature : ConferenceFeatures.None;

    private static string? OrNull(string text) => text.Length == 0 ? null : text;
}
