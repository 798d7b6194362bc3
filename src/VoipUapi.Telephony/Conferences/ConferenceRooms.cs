using System.Collections.Concurrent;
using System.Globalization;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// The conference rooms with people in them. Any leg of any call can take a seat; a leg that ends leaves its room,
/// and a room closes with its last participant. Written under the kernel's lock, read as snapshots without it.
/// </summary>
internal sealed class ConferenceRooms : ICallObserver, ILiveCallState
{
    private readonly ConcurrentDictionary<ConferenceKey, ConferenceRoom> _rooms = new();
    private readonly Dictionary<(CallId Call, int Leg), ConferenceKey> _seats = [];

    public ICollection<ConferenceRoom> All => _rooms.Values;

    public ConferenceRoom? Find(ConferenceKey key) => _rooms.GetValueOrDefault(key);

    /// <summary>Seats <paramref name="leg"/> in the room of <paramref name="conference"/>, or says why not (the room is full).</summary>
    public string? Join(Call call, CallLeg leg, ScheduledConference conference, ConferenceRole role, Change change)
    {
        ConferenceRoom room = _rooms.GetValueOrDefault(conference.Key) ?? new ConferenceRoom(conference, change.Now, []);
        if (room.IsFull)
        {
            return string.Create(CultureInfo.InvariantCulture, $"conference {conference.Key} is full ({conference.MaxParticipants} participants)");
        }

        var participant = new ConferenceParticipant(call.Id, leg.Phone, role, change.Now, Muted: role == ConferenceRole.Listener, Waiting: false, Leg: leg.Index);
        room = room.With(room.Participants.Add(participant));
        _rooms[conference.Key] = room;
        _seats[(call.Id, leg.Index)] = conference.Key;
        bool music = room.HearsMusic(room.Participants[^1]);
        change.Record(NetworkEventKind.ParticipantJoined, call, leg.Phone.Value,
            new ParticipantPayload(conference.Key, role, conference.Has(ConferenceFeatures.ToneOnJoin), music), conference: conference.Key);
        return null;
    }

    public Call OnLegEnded(Call call, CallLeg leg, Change change)
    {
        if (!_seats.Remove((call.Id, leg.Index), out ConferenceKey key) || !_rooms.TryGetValue(key, out ConferenceRoom? room))
        {
            return call;
        }

        var staying = room.Participants.RemoveAll(p => p.CallId == call.Id && p.Leg == leg.Index);
        change.Record(NetworkEventKind.ParticipantLeft, call, leg.Phone.Value, new ParticipantPayload(key), conference: key);
        if (staying.IsEmpty)
        {
            _rooms.TryRemove(key, out _);
        }
        else
        {
            _rooms[key] = room.With(staying);
        }

        return call;
    }

    public void ForgetAll()
    {
        _rooms.Clear();
        _seats.Clear();
    }
}
