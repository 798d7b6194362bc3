using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// The conference invite: a call that rings its destination and then brings it into a room, directly (number and
/// PIN given) or after asking it for them (digits ended by <c>#</c>, three tries at each prompt). A caller that dials
/// a Conference extension is asked the same way.
/// </summary>
internal sealed class ConferenceInvites(NetworkKernel kernel, CallMachine machine, CallFactory factory, ConferenceDirectory conferences, ConferenceRooms rooms)
    : ICallObserver
{
    /// <summary>Publishes the invite and rings its destination; a number and PIN that open no conference are refused now.</summary>
    public Outcome<Call, NetworkError> Place(ConferenceInviteOrder order, Change change)
    {
        if (kernel.Calls.NonceRefusal(order.Nonce) is { } nonceInUse)
        {
            return nonceInUse;
        }

        if (InviteProblem(order, change.Now) is { } refused)
        {
            return refused;
        }

        Call call = machine.Publish(factory.ConferenceInvite(order, change.Now), change);
        return Outcome<Call, NetworkError>.Success(change.Commit(machine.RingStage(call, LegRole.Destination, change)));
    }

    /// <summary>A caller of the public network dials the Conference extension: the conference answers at once and asks for the number, then the PIN.</summary>
    public Call DialIn(InboundCallOrder order, PhoneAddress caller, Change change)
    {
        Call call = factory.Inbound(order, caller, change.Now) with { Invite = new ConferenceInvite(order.Extension.Number, null, null) };
        call = machine.Publish(call, change);
        call = machine.AddLeg(call, caller, LegRole.Source, PhoneBehaviour.AnswersAtOnce with { Digits = order.Digits }, order.CallerId, change.Now, change.Now, change);
        call = call with { Phase = CallPhase.Connected, Answered = change.Now };
        change.Record(NetworkEventKind.CallConnected, call);
        machine.ScheduleDuration(call, call.Duration);
        return Prompt(call, call.Legs[0], change);
    }

    /// <summary>Once the invitee answered: brings it in, or asks it for what the request left out (and its phone answers with its digits).</summary>
    public Call OnLegAnswered(Call call, CallLeg leg, Change change)
    {
        if (call.Invite is not { Step: InviteStep.Ringing } invite || leg.Role != LegRole.Destination || call.Phase != CallPhase.Connected)
        {
            return call;
        }

        return Prompt(call with { Invite = invite with { InviteeLeg = leg.Index } }, leg, change);
    }

    /// <summary>DTMF from the invitee: its answer to the prompt; other calls ignore it.</summary>
    public Call OnDigits(Call call, CallLeg leg, string digits, Change change)
    {
        if (call.Invite is not { IsEntering: true } invitation || invitation.InviteeLeg != leg.Index || leg.State != LegState.Answered)
        {
            return call;
        }

        foreach (char digit in digits)
        {
            if (!call.IsLive || call.Invite is not { IsEntering: true } invite)
            {
                break;
            }

            call = digit == '#'
                ? Evaluate(call, leg, invite, change)
                : call with { Invite = invite with { Entry = invite.Entry.Length < 32 ? invite.Entry + digit : invite.Entry } };
        }

        return call;
    }

    /// <summary>Admits the invitee when the number and PIN are known, else asks for what is missing (and its phone answers with its digits).</summary>
    private Call Prompt(Call call, CallLeg leg, Change change)
    {
        ConferenceInvite invite = call.Invite! with { InviteeLeg = leg.Index };
        call = call with { Invite = invite };
        if (invite.Number is { } number && invite.Pin is { } pin)
        {
            return Admit(call, leg, number, pin, change);
        }

        call = Ask(call, leg, invite.Number is null ? InviteStep.EnteringNumber : InviteStep.EnteringPin, change);
        return leg.Behaviour.Digits is { Length: > 0 } digits ? machine.Digits(call, leg, digits, change) : call;
    }

    private NetworkError? InviteProblem(ConferenceInviteOrder order, DateTimeOffset now)
    {
        ExtensionNumber host = order.Host.Number;
        if (order.Number is { } number)
        {
            ScheduledConference? conference = conferences.Find(host, number);
            if (conference is null)
            {
                return new NetworkError(NetworkErrorCode.ConferenceNumberInvalid, $"{host} hosts no conference numbered {number}; {HostedNumbers(host)}");
            }

            if (conference.ClosedReason(now) is { } closed)
            {
                return new NetworkError(NetworkErrorCode.ConferenceNumberInvalid, $"{closed}; invite to it while it is open.");
            }

            return order.Pin is { } pin && conference.Pins.RoleOf(pin) is null
                ? new NetworkError(NetworkErrorCode.ConferencePinInvalid,
                    $"PIN '{pin}' opens no role of conference {number} of {host}; send its admin, talker or listener PIN, or leave pin out and the invitee is asked for it.")
                : null;
        }

        return order.Pin is { } given && !conferences.HostedBy(host).Any(c => c.Pins.RoleOf(given) is not null)
            ? new NetworkError(NetworkErrorCode.ConferencePinInvalid,
                $"PIN '{given}' opens no conference of {host}; send the PIN of one of its conferences, or leave pin out and the invitee is asked for it.")
            : null;
    }

    private string HostedNumbers(ExtensionNumber host)
    {
        string[] numbers = [.. conferences.HostedBy(host).Select(c => c.Number)];
        return numbers.Length == 0
            ? "it has no scheduled conference."
            : $"send one of its conference numbers ({string.Join(", ", numbers)}), or leave number out and the invitee is asked for it.";
    }

    private Call Evaluate(Call call, CallLeg leg, ConferenceInvite invite, Change change)
    {
        string entry = invite.Entry;
        if (invite.Step == InviteStep.EnteringNumber)
        {
            ScheduledConference? conference = conferences.Find(invite.Host, entry);
            if (conference is null || !conference.IsOpenAt(change.Now))
            {
                return Wrong(call, leg, conference is null ? $"wrong number '{entry}'" : $"conference {entry} is closed", change);
            }

            call = call with { Invite = invite with { Number = entry } };
            return invite.Pin is { } pin && conference.Pins.RoleOf(pin) is not null ? Admit(call, leg, entry, pin, change) : Ask(call, leg, InviteStep.EnteringPin, change);
        }

        return conferences.Find(invite.Host, invite.Number!)?.Pins.RoleOf(entry) is not null
            ? Admit(call, leg, invite.Number!, entry, change)
            : Wrong(call, leg, "wrong PIN", change);
    }

    /// <summary>Plays the prompt for <paramref name="step"/>; the invitee has the configured time to answer it.</summary>
    private Call Ask(Call call, CallLeg leg, InviteStep step, Change change)
    {
        ConferenceInvite invite = call.Invite!;
        call = call with { Invite = invite with { Step = step, Entry = string.Empty, WrongEntries = invite.Step == step ? invite.WrongEntries : 0 } };
        change.Record(NetworkEventKind.ConferencePrompted, call, leg.Phone.Value, new PromptPayload(step));
        int index = leg.Index;
        kernel.Timers.Schedule(call.Id, TimerSlot.Prompt, TimeSpan.FromSeconds(kernel.Options.ConferencePromptSeconds), (c, next) =>
            c.Invite is { IsEntering: true } ? Wrong(c, c.Legs[index], "no entry", next) : c);
        return call;
    }

    /// <summary>A wrong or missing entry: the same prompt again, or, at the third, the invitee is hung up.</summary>
    private Call Wrong(Call call, CallLeg leg, string reason, Change change)
    {
        ConferenceInvite invite = call.Invite!;
        int wrong = invite.WrongEntries + 1;
        call = call with { Invite = invite with { WrongEntries = wrong } };
        change.Record(NetworkEventKind.ConferenceRefused, call, leg.Phone.Value, new RefusalPayload(reason, wrong));
        return wrong >= ConferenceInvite.MaxWrongEntries
            ? machine.End(call with { Invite = call.Invite with { Step = InviteStep.Refused } }, CallDisposition.NotAllowed, LegState.Cancelled, change)
            : Ask(call, leg, invite.Step, change);
    }

    /// <summary>Turns the invitee away and hangs it up.</summary>
    private Call Refuse(Call call, CallLeg leg, string reason, Change change)
    {
        change.Record(NetworkEventKind.ConferenceRefused, call, leg.Phone.Value, new RefusalPayload(reason));
        return machine.End(call with { Invite = call.Invite! with { Step = InviteStep.Refused } }, CallDisposition.NotAllowed, LegState.Cancelled, change);
    }

    /// <summary>Brings the invitee into the room of conference <paramref name="number"/> with the role <paramref name="pin"/> opens.</summary>
    private Call Admit(Call call, CallLeg leg, string number, string pin, Change change)
    {
        ConferenceInvite invite = call.Invite!;
        ScheduledConference? conference = conferences.Find(invite.Host, number);
        if (conference?.Pins.RoleOf(pin) is not { } role)
        {
            return Refuse(call, leg, $"conference {number} of {invite.Host} no longer exists", change);
        }

        if (conference.ClosedReason(change.Now) is { } closed)
        {
            return Refuse(call, leg, closed, change);
        }

        if (rooms.Join(call, leg, conference, role, change) is { } full)
        {
            return Refuse(call, leg, full, change);
        }

        kernel.Timers.Cancel(call.Id, TimerSlot.Prompt);
        if (conference.EndOfOccurrenceAt(change.Now) is { } end)
        {
            kernel.Timers.Schedule(call.Id, TimerSlot.ConferenceEnd, end - change.Now, (c, next) => machine.End(c, CallDisposition.Answered, LegState.Cancelled, next));
        }

        return call with { Invite = invite with { Step = InviteStep.Joined, Number = number, Role = role, Entry = string.Empty } };
    }
}
