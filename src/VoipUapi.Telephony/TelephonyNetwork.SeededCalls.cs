namespace VoipUapi.Telephony;

/// <summary>
/// The calls in progress a seed describes, and the one exception they bring to "a phone has one line": a seeded call
/// may ring a phone that another seeded call holds (call waiting). The waiting call gets the line when the other
/// leaves it.
/// </summary>
public sealed partial class TelephonyNetwork
{
    private static readonly PhoneBehaviour SeededPhone = new(PhoneBehaviourKind.Manual, TimeSpan.Zero);
    private readonly List<SeededCall> _seededCalls = [];
    private readonly Dictionary<string, List<CallId>> _waitingLines = new(StringComparer.Ordinal);

    /// <summary>Starts the seed's calls in progress; a reset starts exactly these again.</summary>
    public void StartSeededCalls(IEnumerable<SeededCall> calls)
    {
        lock (_gate)
        {
            List<SeededCall> added = [.. calls];
            _seededCalls.AddRange(added);
            DateTimeOffset now = _time.GetUtcNow();
            foreach (SeededCall seeded in added)
            {
                Commit(StartSeeded(seeded, now));
            }
        }
    }

    /// <summary>After a reset ended every call. Under the lock.</summary>
    private void StartSeededCallsAgain(DateTimeOffset now)
    {
        _waitingLines.Clear();
        foreach (SeededCall seeded in _seededCalls)
        {
            Commit(StartSeeded(seeded, now));
        }
    }

    private Call StartSeeded(SeededCall seeded, DateTimeOffset now)
    {
        if (_live.ContainsKey(seeded.Id) || (seeded.Nonce is { } used && _liveNonces.ContainsKey(used)))
        {
            throw new ArgumentException($"seeded call {seeded.Id}: a live call already has its id or nonce", nameof(seeded));
        }

        DateTimeOffset published = now - seeded.PublishedAgo;
        DateTimeOffset answered = now - seeded.AnsweredAgo;
        var call = new Call
        {
            Id = seeded.Id,
            Kind = CallKind.Simple,
            Nonce = seeded.Nonce,
            Extension = seeded.Extension,
            OwnerUserId = seeded.OwnerUserId,
            Organization = seeded.Organization,
            Sources = [.. seeded.Sources],
            Destinations = [.. seeded.Destinations],
            SourceCallerId = seeded.SourceCallerId,
            DestinationCallerId = seeded.DestinationCallerId,
            WaitForPickup = seeded.WaitForPickup ?? Timeout.InfiniteTimeSpan,
            Duration = seeded.Duration ?? Timeout.InfiniteTimeSpan,
            Published = published,
            Phase = seeded.Phase,
            Answered = seeded.Phase == CallPhase.Connected ? answered : null,
        };
        Publish(call, published);
        if (seeded.Phase == CallPhase.RingingSources)
        {
            call = seeded.Sources.Aggregate(call, (c, phone) => SeededLeg(c, phone, LegRole.Source, published, null));
        }
        else
        {
            call = SeededLeg(call, seeded.Sources[0], LegRole.Source, published, seeded.Phase == CallPhase.Connected ? answered : published);
            call = seeded.Phase == CallPhase.Connected
                ? SeededLeg(call, seeded.Destinations[0], LegRole.Destination, published, answered)
                : seeded.Destinations.Aggregate(call, (c, phone) => SeededLeg(c, phone, LegRole.Destination, published, null));
        }

        if (seeded.Phase == CallPhase.Connected)
        {
            Events.Append(answered, NetworkEventKind.CallConnected, call.Id);
            if (seeded.Duration is { } duration)
            {
                Schedule(call.Id, duration, (c, at) => c.Phase == CallPhase.Connected ? End(c, CallDisposition.Answered, LegState.Cancelled, at) : c);
            }
        }
        else if (seeded.WaitForPickup is { } wait)
        {
            CallPhase stage = seeded.Phase;
            Schedule(call.Id, wait, (c, at) => c.Phase == stage && c.RingRound == 0 ? End(c, CallDisposition.NoAnswer, LegState.NoAnswer, at) : c);
        }

        return call;
    }

    private Call SeededLeg(Call call, PhoneAddress phone, LegRole role, DateTimeOffset started, DateTimeOffset? answered)
    {
        CallerId shown = role == LegRole.Source ? call.SourceCallerId : call.DestinationCallerId;
        LegState state = answered is null ? LegState.Ringing : LegState.Answered;
        var leg = new CallLeg(call.Legs.Length, phone, role, state, SeededPhone, shown, started, answered);
        Events.Append(answered ?? started, answered is null ? NetworkEventKind.LegRinging : NetworkEventKind.LegAnswered, call.Id, phone.Value);
        Occupy(phone, call.Id, answered is not null);
        return call with { Legs = call.Legs.Add(leg) };
    }

    /// <summary>Gives the line of <paramref name="phone"/> to the call, or makes the call wait for it; an answered call takes it from a ringing one.</summary>
    private void Occupy(PhoneAddress phone, CallId id, bool answered)
    {
        if (phone.Kind == PhoneAddressKind.Sandbox)
        {
            return;
        }

        if (!_engagedPhones.TryGetValue(phone.Value, out CallId holder) || holder == id)
        {
            _engagedPhones[phone.Value] = id;
            return;
        }

        if (!_waitingLines.TryGetValue(phone.Value, out List<CallId>? waiting))
        {
            waiting = [];
            _waitingLines[phone.Value] = waiting;
        }

        if (answered)
        {
            waiting.Insert(0, holder);
            _engagedPhones[phone.Value] = id;
        }
        else
        {
            waiting.Add(id);
        }
    }

    /// <summary>A leg of <paramref name="id"/> on <paramref name="phone"/> ended: a call waiting for the line gets it. Under the lock.</summary>
    private void ReleaseWaitingLine(PhoneAddress phone, CallId id)
    {
        if (_waitingLines.Count == 0 || !_waitingLines.TryGetValue(phone.Value, out List<CallId>? waiting))
        {
            return;
        }

        waiting.Remove(id);
        while (!_engagedPhones.ContainsKey(phone.Value) && waiting.Count > 0)
        {
            CallId next = waiting[0];
            waiting.RemoveAt(0);
            if (_live.TryGetValue(next, out Call? call) && call.Legs.Any(leg => leg.IsLive && leg.Phone == phone))
            {
                _engagedPhones[phone.Value] = next;
            }
        }

        if (waiting.Count == 0)
        {
            _waitingLines.Remove(phone.Value);
        }
    }
}
