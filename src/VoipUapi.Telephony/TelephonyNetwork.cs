using System.Collections.Concurrent;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Telephony;

/// <summary>
/// The simulated telephone network. Every change happens under one lock, so two commands racing on the same call
/// end as one order or the other would; each change is an event in <see cref="Events"/>. Live calls are immutable
/// snapshots that readers take without the lock. Time comes only from the <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class TelephonyNetwork : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly TelephonyOptions _options;
    private readonly CallIdGenerator _ids;
    private readonly ConcurrentDictionary<CallId, Call> _live = new();
    private readonly Dictionary<string, CallId> _liveNonces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallId> _engagedPhones = new(StringComparer.Ordinal);
    private readonly Dictionary<CallId, List<ITimer>> _timers = [];
    private readonly CallHistory _history;
    private readonly Dictionary<string, PhoneBehaviour> _behaviourOverrides = new(StringComparer.Ordinal);

    public TelephonyNetwork(
        TelephonyDirectory directory,
        PhoneRuleBook phones,
        TimeProvider time,
        TelephonyOptions options,
        CallIdGenerator? ids = null)
    {
        Directory = directory;
        Phones = phones;
        _time = time;
        _options = options;
        _ids = ids ?? new CallIdGenerator();
        _history = new CallHistory(options.HistoryCapacity);
        Events = new EventLog(options.EventLogCapacity);
        if (time is VirtualClock manual)
        {
            manual.SerializeAdvancesWith(_gate);
        }
    }

    public TelephonyDirectory Directory { get; }

    public PhoneRuleBook Phones { get; }

    public EventLog Events { get; }

    public TelephonyOptions Options => _options;

    /// <summary>The calls in progress, each a consistent snapshot.</summary>
    public ICollection<Call> LiveCalls => _live.Values;

    /// <summary>The retained ended calls, newest first.</summary>
    public IReadOnlyList<Call> EndedCalls => _history.Newest();

    public Call? FindLiveCall(CallId id) => _live.GetValueOrDefault(id);

    /// <summary>The live or retained ended call with <paramref name="id"/>.</summary>
    public Call? FindCall(CallId id) => FindLiveCall(id) ?? _history.Newest().FirstOrDefault(call => call.Id == id);

    /// <summary>The seed ids follow (null: random).</summary>
    public int? IdSeed
    {
        get
        {
            lock (_gate)
            {
                return _ids.Seed;
            }
        }
    }

    /// <summary>True while <paramref name="phone"/> rings or talks on a call.</summary>
    public bool IsEngaged(string phone)
    {
        lock (_gate)
        {
            return _engagedPhones.ContainsKey(phone);
        }
    }

    /// <summary>Publishes a simple call and rings its sources; the call may already have ended (all busy) on return.</summary>
    public NetworkResult<Call> PlaceSimpleCall(SimpleCallOrder order)
    {
        lock (_gate)
        {
            if (NonceRefusal(order.Nonce) is { } nonceInUse)
            {
                return nonceInUse;
            }

            DateTimeOffset now = _time.GetUtcNow();
            var call = new Call
            {
                Id = NewCallId(),
                Kind = CallKind.Simple,
                Nonce = order.Nonce,
                Extension = order.Extension,
                OwnerUserId = order.OwnerUserId,
                Organization = order.Organization,
                Sources = [.. order.Sources.Distinct()],
                Destinations = [.. order.Destinations.Distinct()],
                SourceCallerId = order.SourceCallerId,
                DestinationCallerId = order.DestinationCallerId,
                WaitForPickup = order.WaitForPickup ?? TimeSpan.FromSeconds(_options.DefaultWaitForPickupSeconds),
                Duration = order.Duration ?? TimeSpan.FromSeconds(_options.DefaultCallDurationSeconds),
                Published = now,
            };
            Publish(call, now);
            call = RingStage(call, LegRole.Source, now);
            return NetworkResult<Call>.Success(Commit(call));
        }
    }

    /// <summary>
    /// Hangs up the whole call, or only the party <paramref name="phone"/> (which ends a connected call and any
    /// stage that has nobody left ringing).
    /// </summary>
    public HangUpResult HangUp(CallId id, string? phone = null)
    {
        lock (_gate)
        {
            if (!_live.TryGetValue(id, out Call? call))
            {
                return new HangUpResult(HangUpOutcome.CallNotFound, null);
            }

            DateTimeOffset now = _time.GetUtcNow();
            if (phone is null)
            {
                CallDisposition disposition = call.Phase == CallPhase.Connected ? CallDisposition.Answered : CallDisposition.NoAnswer;
                return new HangUpResult(HangUpOutcome.HungUp, Commit(End(call, disposition, LegState.Cancelled, now)));
            }

            int[] legs = call.Legs.Where(leg => leg.IsLive && string.Equals(leg.Phone.Value, phone, StringComparison.Ordinal))
                .Select(leg => leg.Index).ToArray();
            if (legs.Length == 0)
            {
                return new HangUpResult(HangUpOutcome.PhoneNotInCall, call);
            }

            foreach (int leg in legs)
            {
                call = LegLeaves(call, leg, now);
            }

            return new HangUpResult(HangUpOutcome.HungUp, Commit(call));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (List<ITimer> timers in _timers.Values)
            {
                timers.ForEach(timer => timer.Dispose());
            }

            _timers.Clear();
        }
    }

    private CallId NewCallId()
    {
        CallId id = _ids.Next();
        while (_live.ContainsKey(id))
        {
            id = _ids.Next();
        }

        return id;
    }

    /// <summary>
    /// Rings every phone of one side at once; one that answers at once wins over the others, whatever their order.
    /// Ends the call when none of them can ring.
    /// </summary>
    private Call RingStage(Call call, LegRole role, DateTimeOffset now)
    {
        IReadOnlyList<PhoneAddress> phones = role == LegRole.Source ? call.Sources : call.Destinations;
        CallerId shown = role == LegRole.Source ? call.SourceCallerId : call.DestinationCallerId;
        int? answersAtOnce = null;
        foreach (PhoneAddress phone in phones)
        {
            call = StartLeg(call, phone, role, shown, now);
            CallLeg leg = call.Legs[^1];
            if (answersAtOnce is null && leg.State == LegState.Ringing && leg.Behaviour.AnswersImmediately)
            {
                answersAtOnce = leg.Index;
            }
        }

        if (answersAtOnce is { } winner)
        {
            return Answer(call, winner, now);
        }

        if (!call.LegsOf(role).Any(leg => leg.IsLive))
        {
            return End(call, FailureOf(call, role), LegState.Cancelled, now);
        }

        CallPhase stage = call.Phase;
        int round = call.RingRound;
        Schedule(call.Id, call.WaitForPickup, (c, at) => c.Phase == stage && c.RingRound == round ? End(c, CallDisposition.NoAnswer, LegState.NoAnswer, at) : c);
        return call;
    }

    private Call StartLeg(Call call, PhoneAddress phone, LegRole role, CallerId shown, DateTimeOffset now)
    {
        PhoneBehaviour behaviour = BehaviourOf(phone);
        LegState state = _engagedPhones.ContainsKey(phone.Value)
            ? LegState.Busy
            : behaviour.Kind switch
            {
                PhoneBehaviourKind.Busy => LegState.Busy,
                PhoneBehaviourKind.Reject => LegState.Rejected,
                PhoneBehaviourKind.Unreachable => LegState.Unreachable,
                _ => LegState.Ringing,
            };
        int index = call.Legs.Length;
        var leg = new CallLeg(index, phone, role, state, behaviour, shown, now, Ended: state == LegState.Ringing ? null : now);
        call = call with { Legs = call.Legs.Add(leg) };
        if (state != LegState.Ringing)
        {
            Events.Append(now, NetworkEventKind.LegEnded, call.Id, phone.Value, state.ToString());
            return call;
        }

        if (phone.Kind != PhoneAddressKind.Sandbox)
        {
            _engagedPhones[phone.Value] = call.Id;
        }

        Events.Append(now, NetworkEventKind.LegRinging, call.Id, phone.Value);
        if (behaviour.Kind == PhoneBehaviourKind.Answer && !behaviour.AnswersImmediately)
        {
            Schedule(call.Id, behaviour.AnswerAfter, (c, at) => c.Legs[index].State == LegState.Ringing ? Answer(c, index, at) : c);
        }

        return call;
    }

    private Call Answer(Call call, int index, DateTimeOffset now)
    {
        CallLeg leg = call.Legs[index] with { State = LegState.Answered, Answered = now };
        call = call.WithLeg(leg);
        Events.Append(now, NetworkEventKind.LegAnswered, call.Id, leg.Phone.Value);
        if (leg.Behaviour.HangUpAfter is { } after)
        {
            Schedule(call.Id, after, (c, at) => LegLeaves(c, index, at));
        }

        if (leg.Role == LegRole.Source && call.Phase == CallPhase.RingingSources)
        {
            call = StopRinging(call, LegRole.Source, LegState.Cancelled, now) with { Phase = CallPhase.RingingDestination };
            return RingStage(call, LegRole.Destination, now);
        }

        if (leg.Role == LegRole.Destination && call.Phase == CallPhase.RingingDestination)
        {
            call = StopRinging(call, LegRole.Destination, LegState.Cancelled, now) with { Phase = CallPhase.Connected, Answered = now };
            Events.Append(now, NetworkEventKind.CallConnected, call.Id);
            Schedule(call.Id, call.Duration, (c, at) => c.Phase == CallPhase.Connected ? End(c, CallDisposition.Answered, LegState.Cancelled, at) : c);
        }

        return OnAnswered(call, index, now);
    }

    /// <summary>One party leaves (hangs up, or stops ringing); the call ends when it cannot go on without it.</summary>
    private Call LegLeaves(Call call, int index, DateTimeOffset now)
    {
        CallLeg leg = call.Legs[index];
        if (!leg.IsLive)
        {
            return call;
        }

        call = EndLeg(call, leg, leg.State == LegState.Answered ? LegState.HungUp : LegState.Cancelled, now);
        bool stageEmpty = !call.LegsOf(leg.Role).Any(l => l.IsLive);
        return call.Phase switch
        {
            CallPhase.Connected => End(call, CallDisposition.Answered, LegState.Cancelled, now),
            CallPhase.RingingDestination when leg.Role == LegRole.Source || stageEmpty => End(call, CallDisposition.NoAnswer, LegState.Cancelled, now),
            CallPhase.RingingSources when stageEmpty => End(call, CallDisposition.NoAnswer, LegState.Cancelled, now),
            _ => call,
        };
    }

    private Call StopRinging(Call call, LegRole role, LegState becomes, DateTimeOffset now)
    {
        foreach (CallLeg leg in call.LegsOf(role).Where(l => l.State == LegState.Ringing).ToList())
        {
            call = EndLeg(call, leg, becomes, now);
        }

        return call;
    }

    private Call End(Call call, CallDisposition disposition, LegState ringingLegsBecome, DateTimeOffset now)
    {
        foreach (CallLeg leg in call.Legs.Where(l => l.IsLive).ToList())
        {
            call = EndLeg(call, leg, leg.State == LegState.Answered ? LegState.HungUp : ringingLegsBecome, now);
        }

        Events.Append(now, NetworkEventKind.CallEnded, call.Id, detail: disposition.ToString());
        return call with { Phase = CallPhase.Ended, Ended = now, Disposition = disposition };
    }

    private Call EndLeg(Call call, CallLeg leg, LegState state, DateTimeOffset now)
    {
        if (_engagedPhones.TryGetValue(leg.Phone.Value, out CallId holder) && holder == call.Id)
        {
            _engagedPhones.Remove(leg.Phone.Value);
        }

        ReleaseWaitingLine(leg.Phone, call.Id);
        Events.Append(now, NetworkEventKind.LegEnded, call.Id, leg.Phone.Value, state.ToString());
        LeaveConference(call, leg, now);
        return call.WithLeg(leg with { State = state, Ended = now });
    }

    private static CallDisposition FailureOf(Call call, LegRole role)
    {
        List<CallLeg> legs = call.LegsOf(role).ToList();
        return legs.Exists(leg => leg.State == LegState.Busy) ? CallDisposition.Busy
            : legs.Exists(leg => leg.State is LegState.Rejected or LegState.Unreachable) ? CallDisposition.Failed
            : CallDisposition.NoAnswer;
    }

    /// <summary>The refusal of a new call whose nonce a live call already holds, or null when the nonce is free.</summary>
    private NetworkResult<Call>? NonceRefusal(string? nonce) =>
        nonce is not null && _liveNonces.TryGetValue(nonce, out CallId holder)
            ? NetworkResult<Call>.Failure(
                NetworkErrorCode.NonceInUse,
                $"nonce '{nonce}' already identifies the live call {holder}; send a nonce no live call uses.")
            : null;

    /// <summary>Records a new call's publication and holds its nonce for as long as it lives.</summary>
    private void Publish(Call call, DateTimeOffset at)
    {
        if (call.Nonce is not null)
        {
            _liveNonces[call.Nonce] = call.Id;
        }

        Events.Append(at, NetworkEventKind.CallPublished, call.Id, call.Extension.ToString());
    }

    /// <summary>Makes <paramref name="call"/> the current state: live calls are published, ended ones retired.</summary>
    private Call Commit(Call call)
    {
        if (call.IsLive)
        {
            _live[call.Id] = call;
            return call;
        }

        _live.TryRemove(call.Id, out _);
        if (call.Nonce is not null)
        {
            _liveNonces.Remove(call.Nonce);
        }

        if (_timers.Remove(call.Id, out List<ITimer>? timers))
        {
            timers.ForEach(timer => timer.Dispose());
        }

        _history.Add(call);
        return call;
    }

    /// <summary>Runs <paramref name="transition"/> on the live call after <paramref name="delay"/>, under the lock.</summary>
    private void Schedule(CallId id, TimeSpan delay, Func<Call, DateTimeOffset, Call> transition)
    {
        ITimer timer = _time.CreateTimer(_ => Fire(id, transition), null, delay, Timeout.InfiniteTimeSpan);
        if (!_timers.TryGetValue(id, out List<ITimer>? timers))
        {
            timers = [];
            _timers[id] = timers;
        }

        timers.Add(timer);
    }

    private void Fire(CallId id, Func<Call, DateTimeOffset, Call> transition)
    {
        lock (_gate)
        {
            if (_live.TryGetValue(id, out Call? call))
            {
                Commit(transition(call, _time.GetUtcNow()));
            }
        }
    }
}
