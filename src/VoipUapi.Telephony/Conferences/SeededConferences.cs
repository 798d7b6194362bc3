namespace VoipUapi.Telephony.Conferences;

/// <summary>The conferences the seed schedules: created with the network, and exactly these again after a reset.</summary>
internal sealed class SeededConferences(ConferenceDirectory conferences)
{
    private readonly List<ScheduledConference> _seeded = [];

    public void Schedule(IEnumerable<ScheduledConference> seeded)
    {
        foreach (ScheduledConference conference in seeded)
        {
            Outcome<ScheduledConference, NetworkError> created = conferences.Create(conference);
            if (!created.Succeeded)
            {
                throw new ArgumentException(created.Error.Message, nameof(seeded));
            }

            _seeded.Add(conference);
        }
    }

    /// <summary>Puts the seed's conferences back, dropping those created since.</summary>
    public void Restore() => conferences.ReplaceAll(_seeded);
}
