namespace VoipUapi.Telephony;

/// <summary>What a test (through the control API) can make a phone do, and see it doing.</summary>
public sealed partial class TelephonyNetwork
{
    public PhoneStatus StatusOf(PhoneAddress phone)
    {
        lock (_gate)
        {
            PhoneBehaviour behaviour = BehaviourOf(phone);
            bool overridden = _behaviourOverrides.ContainsKey(phone.Value);
            if (!TryLiveLeg(phone, out Call? call, out CallLeg? leg))
            {
                return new PhoneStatus(phone, PhoneState.Idle, null, null, behaviour, overridden);
            }

            string? viewId = CallViews.Of(call).FirstOrDefault(view => view.Extension.ToString() == phone.Value)?.Id;
            PhoneState state = leg.State == LegState.Ringing ? PhoneState.Ringing : PhoneState.OnCall;
            return new PhoneStatus(phone, state, call.Id, viewId, behaviour, overridden);
        }
    }

    /// <summary>From now on, calls that ring <paramref name="phone"/> meet <paramref name="behaviour"/>; the call it is on keeps the behaviour it met.</summary>
    public void OverrideBehaviour(PhoneAddress phone, PhoneBehaviour behaviour)
    {
        lock (_gate)
        {
            _behaviourOverrides[phone.Value] = behaviour;
        }
    }

    /// <summary>Gives <paramref name="phone"/> back the behaviour of the seed's rules; false when it had no other.</summary>
    public bool RestoreBehaviour(PhoneAddress phone)
    {
        lock (_gate)
        {
            return _behaviourOverrides.Remove(phone.Value);
        }
    }

    /// <summary>The ringing phone answers now.</summary>
    public PhoneActionResult AnswerPhone(PhoneAddress phone) =>
        OnLiveLeg(phone, "answer", LegState.Ringing, (call, leg, now) => Answer(call, leg.Index, now));

    /// <summary>The ringing phone declines the call; the call ends if nobody else of that side still rings.</summary>
    public PhoneActionResult RejectPhone(PhoneAddress phone) =>
        OnLiveLeg(phone, "reject", LegState.Ringing, (call, leg, now) =>
        {
            call = EndLeg(call, leg, LegState.Rejected, now);
            return call.LegsOf(leg.Role).Any(l => l.IsLive) ? call : End(call, FailureOf(call, leg.Role), LegState.Cancelled, now);
        });

    /// <summary>The phone hangs up: it leaves the call it talks on, or declines the one that rings it.</summary>
    public PhoneActionResult HangUpPhone(PhoneAddress phone)
    {
        lock (_gate)
        {
            return TryLiveLeg(phone, out _, out CallLeg? leg) && leg.State == LegState.Ringing
                ? RejectPhone(phone)
                : OnLiveLeg(phone, "hang up", LegState.Answered, (call, answered, now) => LegLeaves(call, answered.Index, now));
        }
    }

    /// <summary>The phone sends DTMF on the call it talks on.</summary>
    public PhoneActionResult SendDigits(PhoneAddress phone, string digits) =>
        OnLiveLeg(phone, "send digits", LegState.Answered, (call, leg, now) =>
        {
            Events.Append(now, NetworkEventKind.DigitsSent, call.Id, phone.Value, digits);
            return OnDigits(call, leg, digits, now);
        });

    private PhoneBehaviour BehaviourOf(PhoneAddress phone) =>
        _behaviourOverrides.TryGetValue(phone.Value, out PhoneBehaviour? overridden) ? overridden : Phones.BehaviourOf(phone);

    private PhoneActionResult OnLiveLeg(PhoneAddress phone, string action, LegState needed, Func<Call, CallLeg, DateTimeOffset, Call> change)
    {
        lock (_gate)
        {
            if (!TryLiveLeg(phone, out Call? call, out CallLeg? leg))
            {
                return PhoneActionResult.NotPossible($"{phone} cannot {action}: it is idle.");
            }

            if (leg.State != needed)
            {
                string doing = leg.State == LegState.Ringing ? "ringing" : "on a call";
                return PhoneActionResult.NotPossible($"{phone} cannot {action}: it is {doing} (call {call.Id}).");
            }

            return new PhoneActionResult(PhoneActionOutcome.Done, Commit(change(call, leg, _time.GetUtcNow())));
        }
    }

    private bool TryLiveLeg(PhoneAddress phone, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Call? call, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CallLeg? leg)
    {
        call = _engagedPhones.TryGetValue(phone.Value, out CallId id) ? _live.GetValueOrDefault(id) : null;
        leg = call?.Legs.LastOrDefault(l => l.IsLive && l.Phone.Value == phone.Value);
        return leg is not null;
    }
}
