using VoipUapi.Telephony;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator;

/// <summary>The scheduled conferences of the network and who sits in their rooms, as the control API shows them.</summary>
public sealed class EmulatorConferences(TelephonyNetwork network, TimeProvider time)
{
    public ConferenceListResource All()
    {
        Dictionary<ConferenceKey, ConferenceRoom> rooms = network.Rooms.ToDictionary(room => room.Key);
        List<ScheduledConference> conferences = [.. network.Conferences.All];
        conferences.AddRange(rooms.Values.Where(room => network.Conferences.Find(room.Key) is null).Select(room => room.Conference));
        DateTimeOffset now = time.GetUtcNow();
        List<ConferenceResource> resources = [.. conferences
            .OrderBy(conference => conference.Host.ToString(), StringComparer.Ordinal)
            .ThenBy(conference => conference.Number.Length)
            .ThenBy(conference => conference.Number, StringComparer.Ordinal)
            .Select(conference => ToResource(conference, rooms.GetValueOrDefault(conference.Key), now))];
        return new ConferenceListResource(resources.Count, resources);
    }

    /// <summary>The conference <paramref name="number"/> of the Conference extension <paramref name="host"/>, or 404 saying what there is.</summary>
    public Outcome<ConferenceResource, ControlProblem> Find(string? host, string? number)
    {
        if (!ExtensionNumber.TryParse(host?.Trim(), out ExtensionNumber hostNumber))
        {
            return ControlProblem.NotFound($"{EmulatorNames.Quoted(host)} is not a Conference extension; write it with its organization code, such as 0003*211 (GET /emulator/conferences lists them).");
        }

        var key = new ConferenceKey(hostNumber, number?.Trim() ?? string.Empty);
        ScheduledConference? conference = network.Conferences.Find(key) ?? network.FindRoom(key)?.Conference;
        if (conference is null)
        {
            List<string> hosted = [.. network.Conferences.HostedBy(hostNumber).Select(c => c.Number)];
            string there = hosted.Count > 0 ? $"it hosts {string.Join(", ", hosted)}" : "it hosts none";
            return ControlProblem.NotFound($"{hostNumber} has no conference {EmulatorNames.Quoted(number)}; {there} (GET /emulator/conferences lists every conference).");
        }

        return ToResource(conference, network.FindRoom(key), time.GetUtcNow());
    }

    private ConferenceResource ToResource(ScheduledConference conference, ConferenceRoom? room, DateTimeOffset now) => new(
        conference.Host.ToString(),
        conference.Number,
        conference.Name,
        network.Conferences.Find(conference.Key) is not null,
        conference.IsOpenAt(now),
        new ConferencePinsResource(conference.Pins.Admin, conference.Pins.Talker, conference.Pins.Listener),
        conference.MaxParticipants,
        conference.Start?.UtcDateTime,
        conference.End?.UtcDateTime,
        [.. Enum.GetValues<ConferenceFeatures>().Where(f => f != ConferenceFeatures.None && conference.Has(f)).Select(f => EmulatorNames.Of(f))],
        room?.Opened.UtcDateTime,
        room is null ? [] : [.. room.Participants.Select(p => new ConferenceParticipantResource(
            p.Phone.Value, p.CallId.Value, EmulatorNames.Of(p.Role), p.Joined.UtcDateTime, p.Muted, p.Waiting, room.HearsMusic(p)))]);
}
