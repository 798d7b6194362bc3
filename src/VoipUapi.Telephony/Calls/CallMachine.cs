using System.Collections.Immutable;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// The rules every call follows: ring a stage, start, answer and end a leg, end the call. A simple call rings its
/// sources at once (the first to answer wins), then its destinations, then connects; a connected call goes on while
/// at least two parties remain. Lines are taken and given back here. Features hear of answers, ends and digits as
/// <see cref="ICallObserver"/>s. Under the kernel's lock.
/// </summary>
internal sealed class CallMachine
{
    private readonly NetworkKernel _kernel;
    private readonly PhoneLines _lines;
    private readonly PhoneBehaviours _behaviours;
    private readonly List<ICallObserver> _observers = [];
    private readonly CallSteps _answers;
    private readonly CallSteps _hangUps;
    private readonly CallSteps _ringTimeouts;
    private readonly CallStep _durationEnd;

    public CallMachine(NetworkKernel kernel, PhoneLines lines, PhoneBehaviours behaviours)
    {
        _kernel = kernel;
        _lines = lines;
        _behaviours = behaviours;
        _answers = new CallSteps(index => (c, next) => c.Legs[index].State == LegState.Ringing ? Answer(c, index, next) : c);
        _hangUps = new CallSteps(index => (c, next) => LegLeaves(c, index, next));
        _ringTimeouts = new CallSteps(stage => (c, next) => c.Phase == (CallPhase)stage ? End(c, CallDisposition.NoAnswer, LegState.NoAnswer, next) : c);
        _durationEnd = (c, next) => c.Phase == CallPhase.Connected ? End(c, CallDisposition.Answered, LegState.Cancelled, next) : c;
    }

    public void Observe(ICallObserver observer) => _observers.Add(observer);

    /// <summary>Records a new call's publication and holds its nonce for as long as it lives.</summary>
    public Call Publish(Call call, Change change, DateTimeOffset? at = null)
    {
        _kernel.Calls.HoldNonce(call);
        change.Record(NetworkEventKind.CallPublished, call, call.Extension.ToString(), at: at);
        return call;
    }

    /// <summary>
    /// Rings every phone of one side at once; one that answers at once wins over the others, whatever their order.
    /// Ends the call when none of them can ring.
    /// </summary>
    public Call RingStage(Call call, LegRole role, Change change)
    {
        ImmutableArray<PhoneAddress> phones = role == LegRole.Source ? call.Sources : call.Destinations;
        CallerId shown = role == LegRole.Source ? call.SourceCallerId : call.DestinationCallerId;
        int? answersAtOnce = null;
        foreach (PhoneAddress phone in phones)
        {
            call = StartLeg(call, phone, role, shown, change);
            CallLeg leg = call.Legs[^1];
            if (answersAtOnce is null && leg.State == LegState.Ringing && leg.Behaviour.AnswersImmediately)
            {
                answersAtOnce = leg.Index;
            }
        }

        if (answersAtOnce is { } winner)
        {
            return Answer(call, winner, change);
        }

        if (!HasLiveLeg(call, role))
        {
            return End(call, call.FailureOf(role), LegState.Cancelled, change);
        }

        ScheduleRingTimeout(call, call.Phase, call.WaitForPickup);
        return call;
    }

    /// <summary>Ends the call unanswered once <paramref name="wait"/> has passed, if it is still in <paramref name="stage"/> then.</summary>
    public void ScheduleRingTimeout(Call call, CallPhase stage, TimeSpan wait) =>
        _kernel.Timers.Schedule(call.Id, TimerSlot.Ring, wait, _ringTimeouts.For((int)stage));

    /// <summary>
    /// Rings <paramref name="phone"/> as a new leg, or records why it cannot ring: busy (by behaviour, all its lines in
    /// use, or already in this very call), rejecting, unreachable.
    /// </summary>
    public Call StartLeg(Call call, PhoneAddress phone, LegRole role, CallerId shown, Change change)
    {
        PhoneBehaviour behaviour = _behaviours.Of(phone);
        LegState state = !_lines.HasFreeLine(phone) || IsLiveIn(call, phone)
            ? LegState.Busy
            : behaviour.Kind switch
            {
                PhoneBehaviourKind.Busy => LegState.Busy,
                PhoneBehaviourKind.Reject => LegState.Rejected,
                PhoneBehaviourKind.Unreachable => LegState.Unreachable,
                _ => LegState.Ringing,
            };
        int index = call.Legs.Length;
        var leg = new CallLeg(index, phone, role, state, behaviour, shown, change.Now, Ended: state == LegState.Ringing ? null : change.Now);
        call = call with { Legs = call.Legs.Add(leg) };
        if (state != LegState.Ringing)
        {
            change.Record(NetworkEventKind.LegEnded, call, phone.Value, new LegEndedPayload(state));
            return call;
        }

        _lines.Take(phone, call.Id, index);
        change.Record(NetworkEventKind.LegRinging, call, phone.Value);
        if (behaviour.Kind == PhoneBehaviourKind.Answer && !behaviour.AnswersImmediately)
        {
            _kernel.Timers.Schedule(call.Id, TimerSlot.AnswerOf(index), behaviour.AnswerAfter, _answers.For(index));
        }

        return call;
    }

    /// <summary>Adds a leg that already rings or is on the call (a caller, a seeded party), on a line of its phone whatever the limit.</summary>
    public Call AddLeg(Call call, PhoneAddress phone, LegRole role, PhoneBehaviour behaviour, CallerId shown, DateTimeOffset started, DateTimeOffset? answered, Change change)
    {
        var leg = new CallLeg(call.Legs.Length, phone, role, answered is null ? LegState.Ringing : LegState.Answered, behaviour, shown, started, answered);
        _lines.Take(phone, call.Id, leg.Index);
        call = call with { Legs = call.Legs.Add(leg) };
        change.Record(answered is null ? NetworkEventKind.LegRinging : NetworkEventKind.LegAnswered, call, phone.Value, at: answered ?? started);
        return call;
    }

    /// <summary>
    /// A ringing leg answers; the first of its side to answer moves the call on. When no other phone of its side still
    /// rings, the answer and the call's next phase are one snapshot.
    /// </summary>
    public Call Answer(Call call, int index, Change change)
    {
        CallLeg leg = call.Legs[index] with { State = LegState.Answered, Answered = change.Now };
        CallPhase? next = leg.Role == call.FirstToRing && call.Phase == Call.Ringing(call.FirstToRing) ? Call.Ringing(call.SecondToRing)
            : leg.Role == call.SecondToRing && call.Phase == Call.Ringing(call.SecondToRing) ? CallPhase.Connected
            : null;
        call = next is { } moved && !OthersRinging(call, leg)
            ? call with { Legs = call.Legs.SetItem(index, leg), Phase = moved, Answered = moved == CallPhase.Connected ? change.Now : call.Answered }
            : call.WithLeg(leg);
        change.Record(NetworkEventKind.LegAnswered, call, leg.Phone.Value);
        if (leg.Behaviour.HangUpAfter is { } after)
        {
            _kernel.Timers.Schedule(call.Id, TimerSlot.HangUpOf(index), after, _hangUps.For(index));
        }

        if (next is { } ringing && ringing == Call.Ringing(call.SecondToRing))
        {
            call = call.Phase == ringing ? call : StopRinging(call, leg.Role, change) with { Phase = ringing };
            return RingStage(call, call.SecondToRing, change);
        }

        if (next == CallPhase.Connected)
        {
            call = call.Phase == CallPhase.Connected ? call : StopRinging(call, leg.Role, change) with { Phase = CallPhase.Connected, Answered = change.Now };
            change.Record(NetworkEventKind.CallConnected, call);
            _kernel.Timers.Cancel(call.Id, TimerSlot.Ring);
            ScheduleDuration(call, call.Duration);
        }

        foreach (ICallObserver observer in _observers)
        {
            call = call.IsLive ? observer.OnLegAnswered(call, call.Legs[index], change) : call;
        }

        return call;
    }

    /// <summary>Ends a connected call once <paramref name="duration"/> has passed (never, when infinite).</summary>
    public void ScheduleDuration(Call call, TimeSpan duration)
    {
        if (duration != Timeout.InfiniteTimeSpan)
        {
            _kernel.Timers.Schedule(call.Id, TimerSlot.Duration, duration, _durationEnd);
        }
    }

    /// <summary>One party leaves (hangs up, or stops ringing); the call ends when it cannot go on without it.</summary>
    public Call LegLeaves(Call call, int index, Change change)
    {
        CallLeg leg = call.Legs[index];
        if (!leg.IsLive)
        {
            return call;
        }

        call = EndLeg(call, leg, leg.State == LegState.Answered ? LegState.HungUp : LegState.Cancelled, change);
        bool stageEmpty = !HasLiveLeg(call, leg.Role);
        bool firstLeft = leg.Role == call.FirstToRing && call.Phase == Call.Ringing(call.SecondToRing);
        return call.Phase == CallPhase.Connected
            ? call.ConnectedParties < 2 ? End(call, CallDisposition.Answered, LegState.Cancelled, change) : call
            : firstLeft || stageEmpty ? End(call, CallDisposition.NoAnswer, LegState.Cancelled, change) : call;
    }

    /// <summary>A ringing phone that will not take the call; the call ends when it was the last of its stage to ring.</summary>
    public Call Decline(Call call, CallLeg leg, LegState state, Change change)
    {
        call = EndLeg(call, leg, state, change);
        return leg.Role == LegRole.Added || HasLiveLeg(call, leg.Role) ? call : End(call, call.FailureOf(leg.Role), LegState.Cancelled, change);
    }

    /// <summary>Every phone of <paramref name="role"/> still ringing stops (another answered, or the call moved on).</summary>
    public Call StopRinging(Call call, LegRole role, Change change)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Role == role && leg.State == LegState.Ringing)
            {
                call = EndLeg(call, leg, LegState.Cancelled, change);
            }
        }

        return call;
    }

    public Call End(Call call, CallDisposition disposition, LegState ringingLegsBecome, Change change)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.IsLive)
            {
                call = EndLeg(call, leg, leg.State == LegState.Answered ? LegState.HungUp : ringingLegsBecome, change);
            }
        }

        call = call with { Phase = CallPhase.Ended, Ended = change.Now, Disposition = disposition };
        foreach (ICallObserver observer in _observers)
        {
            call = observer.OnCallEnded(call, change);
        }

        change.Record(NetworkEventKind.CallEnded, call, payload: new CallEndedPayload(disposition));
        return call;
    }

    public Call EndLeg(Call call, CallLeg leg, LegState state, Change change)
    {
        _lines.Release(leg.Phone, call.Id, leg.Index);
        _kernel.Timers.Cancel(call.Id, TimerSlot.AnswerOf(leg.Index));
        change.Record(NetworkEventKind.LegEnded, call, leg.Phone.Value, new LegEndedPayload(state));
        foreach (ICallObserver observer in _observers)
        {
            call = observer.OnLegEnded(call, leg, change);
        }

        return call.WithLeg(leg with { State = state, Ended = change.Now });
    }

    /// <summary>DTMF from the phone of <paramref name="leg"/>, on the call.</summary>
    public Call Digits(Call call, CallLeg leg, string digits, Change change)
    {
        change.Record(NetworkEventKind.DigitsSent, call, leg.Phone.Value, new DigitsPayload(digits));
        return _observers.Aggregate(call, (c, observer) => c.IsLive ? observer.OnDigits(c, c.Legs[leg.Index], digits, change) : c);
    }

    private static bool HasLiveLeg(Call call, LegRole role)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Role == role && leg.IsLive)
            {
                return true;
            }
        }

        return false;
    }

    private static bool OthersRinging(Call call, CallLeg answering)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Index != answering.Index && leg.Role == answering.Role && leg.State == LegState.Ringing)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLiveIn(Call call, PhoneAddress phone)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.IsLive && leg.Phone == phone)
            {
                return true;
            }
        }

        return false;
    }
}
