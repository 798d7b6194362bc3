namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// The scheduled conferences of the network, whichever dialect created them: the seed, a UAPI client, an Enswitch
/// or Genesys one later. Each is hosted by a Conference extension and known there by its number, and has an id the
/// directory gives it (1, 2, … in the order of creation; a reset numbers the seed's again from 1). Safe to use from
/// any thread: reads take an immutable snapshot.
/// </summary>
public sealed class ConferenceDirectory(TelephonyDirectory directory)
{
    private readonly Lock _gate = new();
    private volatile ConferenceDirectoryState _state = ConferenceDirectoryState.Empty;

    public IReadOnlyList<ScheduledConference> All => [.. _state.ByKey.Values];

    public ScheduledConference? Find(ConferenceKey key) => _state.ByKey.GetValueOrDefault(key);

    public ScheduledConference? Find(ExtensionNumber host, string number) => Find(new ConferenceKey(host, number));

    /// <summary>The conference the directory gave <paramref name="id"/>, or null.</summary>
    public ScheduledConference? Find(int id)
    {
        ConferenceDirectoryState state = _state;
        return state.KeyOfId.TryGetValue(id, out ConferenceKey key) ? state.ByKey[key] : null;
    }

    /// <summary>The id of the conference with <paramref name="key"/>, or null when there is none.</summary>
    public int? IdOf(ConferenceKey key) => _state.IdOfKey.TryGetValue(key, out int id) ? id : null;

    /// <summary>The conferences <paramref name="host"/> holds, by number.</summary>
    public IReadOnlyList<ScheduledConference> HostedBy(ExtensionNumber host) => [.. _state.ByKey.Values.Where(c => c.Host == host)];

    /// <summary>Adds a conference under a new id; refused when it is malformed, its host is no Conference extension, or the host already has its number.</summary>
    public Outcome<ScheduledConference, NetworkError> Create(ScheduledConference conference)
    {
        if (Refusal(conference) is { } refused)
        {
            return refused;
        }

        lock (_gate)
        {
            if (_state.ByKey.ContainsKey(conference.Key))
            {
                return Taken(conference);
            }

            _state = _state.Adding(conference);
            return Outcome<ScheduledConference, NetworkError>.Success(conference);
        }
    }

    /// <summary>
    /// Replaces the conference of <paramref name="id"/>, keeping its id; its number (and so its key) may change, to
    /// one its host does not have yet. Participants already in its room stay in it.
    /// </summary>
    public Outcome<ScheduledConference, NetworkError> Update(int id, ScheduledConference conference)
    {
        if (Refusal(conference) is { } refused)
        {
            return refused;
        }

        lock (_gate)
        {
            if (!_state.KeyOfId.TryGetValue(id, out ConferenceKey current))
            {
                return NotFound(id);
            }

            if (conference.Key != current && _state.ByKey.ContainsKey(conference.Key))
            {
                return Taken(conference);
            }

            _state = _state.Replacing(id, conference);
            return Outcome<ScheduledConference, NetworkError>.Success(conference);
        }
    }

    /// <summary>Removes a conference; participants already in its room stay until they leave.</summary>
    public bool Remove(ConferenceKey key)
    {
        lock (_gate)
        {
            ConferenceDirectoryState before = _state;
            _state = before.Removing(key);
            return _state != before;
        }
    }

    /// <summary>Adds a notification to the conference of <paramref name="conferenceId"/> under a new notification id.</summary>
    public Outcome<ConferenceNotification, NetworkError> AddNotification(int conferenceId, ConferenceNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        lock (_gate)
        {
            ConferenceDirectoryState state = _state;
            if (!state.KeyOfId.TryGetValue(conferenceId, out ConferenceKey key))
            {
                return NotFound(conferenceId);
            }

            ScheduledConference conference = state.ByKey[key];
            ConferenceNotification added = notification with { Id = state.NextNotificationId };
            _state = state.Replacing(conferenceId, conference with { Notifications = conference.Notifications.Add(added) })
                with { NextNotificationId = state.NextNotificationId + 1 };
            return Outcome<ConferenceNotification, NetworkError>.Success(added);
        }
    }

    /// <summary>Removes the notification with <paramref name="notificationId"/> from whichever conference has it.</summary>
    public bool RemoveNotification(int notificationId)
    {
        lock (_gate)
        {
            ConferenceDirectoryState state = _state;
            foreach ((int id, ConferenceKey key) in state.KeyOfId)
            {
                ScheduledConference conference = state.ByKey[key];
                if (conference.Notifications.FirstOrDefault(n => n.Id == notificationId) is { } notification)
                {
                    _state = state.Replacing(id, conference with { Notifications = conference.Notifications.Remove(notification) });
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Replaces every conference with <paramref name="conferences"/> (already checked), numbered again from 1, as a reset does.</summary>
    internal void ReplaceAll(IEnumerable<ScheduledConference> conferences)
    {
        lock (_gate)
        {
            _state = conferences.Aggregate(ConferenceDirectoryState.Empty, (state, conference) => state.Adding(conference));
        }
    }

    private NetworkError? Refusal(ScheduledConference conference)
    {
        if (conference.Problem() is { } problem)
        {
            return new NetworkError(NetworkErrorCode.ConferenceInvalid, $"conference {conference.Number} of {conference.Host}: {problem}.");
        }

        return directory.FindExtension(conference.Host) is not { Type: ExtensionType.Conference }
            ? new NetworkError(NetworkErrorCode.ConferenceInvalid, $"{conference.Host} is not a Conference extension; a conference is hosted by one.")
            : null;
    }

    private static NetworkError Taken(ScheduledConference conference) =>
        new NetworkError(NetworkErrorCode.ConferenceExists, $"{conference.Host} already hosts a conference numbered {conference.Number}; give another number.");

    private static NetworkError NotFound(int id) =>
        new NetworkError(NetworkErrorCode.ConferenceNotFound, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"there is no conference with id {id}."));
}
