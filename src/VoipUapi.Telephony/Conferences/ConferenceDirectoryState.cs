using System.Collections.Immutable;

namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// Everything a <see cref="ConferenceDirectory"/> holds at one instant: the conferences by key, the id each was
/// given, and the next ids to give. Replaced whole on every change, so that a reader sees one consistent state.
/// </summary>
internal sealed record ConferenceDirectoryState(
    ImmutableSortedDictionary<ConferenceKey, ScheduledConference> ByKey,
    ImmutableDictionary<int, ConferenceKey> KeyOfId,
    ImmutableDictionary<ConferenceKey, int> IdOfKey,
    int NextId,
    int NextNotificationId)
{
    public static ConferenceDirectoryState Empty { get; } = new(
        ImmutableSortedDictionary.Create<ConferenceKey, ScheduledConference>(ConferenceKeyOrder.Instance),
        ImmutableDictionary<int, ConferenceKey>.Empty,
        ImmutableDictionary<ConferenceKey, int>.Empty,
        NextId: 1,
        NextNotificationId: 1);

    /// <summary>This state with <paramref name="conference"/> added under a new id.</summary>
    public ConferenceDirectoryState Adding(ScheduledConference conference) => this with
    {
        ByKey = ByKey.Add(conference.Key, conference),
        KeyOfId = KeyOfId.Add(NextId, conference.Key),
        IdOfKey = IdOfKey.Add(conference.Key, NextId),
        NextId = NextId + 1,
    };

    /// <summary>This state with the conference of <paramref name="id"/> replaced by <paramref name="conference"/>, whose key may differ.</summary>
    public ConferenceDirectoryState Replacing(int id, ScheduledConference conference)
    {
        ConferenceKey old = KeyOfId[id];
        return this with
        {
            ByKey = ByKey.Remove(old).Add(conference.Key, conference),
            KeyOfId = KeyOfId.SetItem(id, conference.Key),
            IdOfKey = IdOfKey.Remove(old).Add(conference.Key, id),
        };
    }

    public ConferenceDirectoryState Removing(ConferenceKey key) =>
        IdOfKey.TryGetValue(key, out int id)
            ? this with { ByKey = ByKey.Remove(key), KeyOfId = KeyOfId.Remove(id), IdOfKey = IdOfKey.Remove(key) }
            : this;
}
