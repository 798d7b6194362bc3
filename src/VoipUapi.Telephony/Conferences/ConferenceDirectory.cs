using System.Collections.Immutable;

namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// The scheduled conferences of the network, whichever dialect created them: the seed, a UAPI client, an Enswitch
/// or Genesys one later. Each is hosted by a Conference extension and known there by its number. Safe to use from
/// any thread: reads take an immutable snapshot.
/// </summary>
public sealed class ConferenceDirectory(TelephonyDirectory directory)
{
    private readonly Lock _gate = new();
    private volatile ImmutableSortedDictionary<ConferenceKey, ScheduledConference> _conferences =
        ImmutableSortedDictionary.Create<ConferenceKey, ScheduledConference>(KeyOrder.Instance);

    public IReadOnlyList<ScheduledConference> All => [.. _conferences.Values];

    public ScheduledConference? Find(ConferenceKey key) => _conferences.GetValueOrDefault(key);

    public ScheduledConference? Find(ExtensionNumber host, string number) => Find(new ConferenceKey(host, number));

    /// <summary>The conferences <paramref name="host"/> holds, by number.</summary>
    public IReadOnlyList<ScheduledConference> HostedBy(ExtensionNumber host) => [.. _conferences.Values.Where(c => c.Host == host)];

    /// <summary>Adds a conference; refused when it is malformed, its host is no Conference extension, or the host already has its number.</summary>
    public Outcome<ScheduledConference, NetworkError> Create(ScheduledConference conference)
    {
        if (conference.Problem() is { } problem)
        {
            return new NetworkError(NetworkErrorCode.ConferenceInvalid, $"conference {conference.Number} of {conference.Host}: {problem}.");
        }

        if (directory.FindExtension(conference.Host) is not { Type: ExtensionType.Conference })
        {
            return new NetworkError(
                NetworkErrorCode.ConferenceInvalid,
                $"{conference.Host} is not a Conference extension; a conference is hosted by one.");
        }

        lock (_gate)
        {
            if (_conferences.ContainsKey(conference.Key))
            {
                return new NetworkError(
                    NetworkErrorCode.ConferenceExists,
                    $"{conference.Host} already hosts a conference numbered {conference.Number}; give another number.");
            }

            _conferences = _conferences.Add(conference.Key, conference);
            return Outcome<ScheduledConference, NetworkError>.Success(conference);
        }
    }

    /// <summary>Removes a conference; participants already in its room stay until they leave.</summary>
    public bool Remove(ConferenceKey key)
    {
        lock (_gate)
        {
            ImmutableSortedDictionary<ConferenceKey, ScheduledConference> before = _conferences;
            _conferences = before.Remove(key);
            return _conferences != before;
        }
    }

    /// <summary>Replaces every conference with <paramref name="conferences"/> (already checked), as a reset does.</summary>
    internal void ReplaceAll(IEnumerable<ScheduledConference> conferences)
    {
        lock (_gate)
        {
            _conferences = ImmutableSortedDictionary.CreateRange(KeyOrder.Instance, conferences.Select(c => KeyValuePair.Create(c.Key, c)));
        }
    }

    private sealed class KeyOrder : IComparer<ConferenceKey>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(ConferenceKey x, ConferenceKey y)
        {
            int host = string.CompareOrdinal(x.Host.ToString(), y.Host.ToString());
            return host != 0 ? host
                : x.Number.Length != y.Number.Length ? x.Number.Length.CompareTo(y.Number.Length)
                : string.CompareOrdinal(x.Number, y.Number);
        }
    }
}
