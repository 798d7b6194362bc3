using System.Collections.Concurrent;
using System.Globalization;

namespace VoipUapi.Telephony;

/// <summary>
/// Conferences: the scheduled ones (<see cref="Conferences"/>), the rooms with people in them (<see cref="Rooms"/>),
/// and the conference invite, a call that rings its destination and then brings it into a room, directly (number
/// and PIN given) or after asking it for them (digits ended by <c>#</c>).
/// </summary>
public sealed partial class TelephonyNetwork
{
    private readonly ConcurrentDictionary<ConferenceKey, ConferenceRoom> _rooms = new();
    private readonly List<ScheduledConference> _seededConferences = [];
    private ConferenceDirectory? _conferences;

    /// <summary>The scheduled conferences, whichever dialect or seed created them.</summary>
    public ConferenceDirectory Conferences => LazyInitializer.EnsureInitialized(ref _conferences, () => new ConferenceDirectory(Directory));

    /// <summary>The conference rooms that have participants now, each a consistent snapshot.</summary>
    public ICollection<ConferenceRoom> Rooms => _rooms.Values;

    public ConferenceRoom? FindRoom(ConferenceKey key) => _rooms.GetValueOrDefault(key);

    /// <summary>Creates the seed's conferences; a reset brings back exactly these.</summary>
    public void ScheduleConferences(IEnumerable<ScheduledConference> conferences)
    {
        lock (_gate)
        {
            foreach (ScheduledConference conference in conferences)
            {
                NetworkResult<ScheduledConference> created = Conferences.Create(conference);
                if (!created.Succeeded)
                {
                    throw new ArgumentException(created.Error.Message, nameof(conferences));
                }

                _seededConferences.Add(conference);
            }
        }
    }

    /// <summary>
    /// Publishes a conference invite and rings its destination. A number and PIN that open no conference are refused
    /// now; the invitee asked for them gets three tries at each.
    /// </summary>
    public NetworkResult<Call> PlaceConferenceInvite(ConferenceInviteOrder order)
    {
        lock (_gate)
        {
            if (NonceRefusal(order.Nonce) is { } nonceInUse)
            {
                return nonceInUse;
            }

            DateTimeOffset now = _time.GetUtcNow();
            if (InviteProblem(order, now) is { } refused)
            {
                return NetworkResult<Call>.Failure(refused.Code, refused.Message);
            }

            ExtensionNumber host = order.Host.Number;
            var call = new Call
            {
                Id = NewCallId(),
                Kind = CallKind.ConferenceInvite,
                Nonce = order.Nonce,
                Extension = host,
                OwnerUserId = order.Host.OwnerUserId,
                Organization = order.Organization,
                Sources = [PhoneAddress.ForExtension(host)],
                Destinations = [.. order.Destinations.Distinct()],
                SourceCallerId = order.CallerId,
                DestinationCallerId = order.CallerId,
                WaitForPickup = order.WaitForPickup ?? TimeSpan.FromSeconds(_options.DefaultWaitForPickupSeconds),
                Duration = order.Duration ?? TimeSpan.FromSeconds(_options.DefaultCallDurationSeconds),
                Published = now,
                Phase = CallPhase.RingingDestination,
                Invite = new ConferenceInvite(host, order.Number, order.Pin),
            };
            Publish(call, now);
            return NetworkResult<Call>.Success(Commit(RingStage(call, LegRole.Destination, now)));
        }
    }

    private NetworkError? InviteProblem(ConferenceInviteOrder order, DateTimeOffset now)
    {
        ExtensionNumber host = order.Host.Number;
        if (order.Number is { } number)
        {
            ScheduledConference? conference = Conferences.Find(host, number);
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

        return order.Pin is { } given && !Conferences.HostedBy(host).Any(c => c.Pins.RoleOf(given) is not null)
            ? new NetworkError(NetworkErrorCode.ConferencePinInvalid,
                $"PIN '{given}' opens no conference of {host}; send the PIN of one of its conferences, or leave pin out and the invitee is asked for it.")
            : null;
    }

    private string HostedNumbers(ExtensionNumber host)
    {
        string[] numbers = [.. Conferences.HostedBy(host).Select(c => c.Number)];
        return numbers.Length == 0
            ? "it has no scheduled conference."
            : $"send one of its conference numbers ({string.Join(", ", numbers)}), or leave number out and the invitee is asked for it.";
    }

    /// <summary>Once the invitee answered: brings it in, or asks it for what the request left out (and its phone answers with its digits).</summary>
    private Call OnAnswered(Call call, int index, DateTimeOffset now)
    {
        CallLeg leg = call.Legs[index];
        if (call.Invite is not { Step: InviteStep.Ringing } invite || leg.Role != LegRole.Destination || call.Phase != CallPhase.Connected)
        {
            return call;
        }

        if (invite.Number is { } number && invite.Pin is { } pin)
        {
            return Admit(call, leg, number, pin, now);
        }

        call = Ask(call, leg, invite.Number is null ? InviteStep.EnteringNumber : InviteStep.EnteringPin, now);
        if (leg.Behaviour.Digits is { Length: > 0 } digits)
        {
            Events.Append(now, NetworkEventKind.DigitsSent, call.Id, leg.Phone.Value, digits);
            call = EnterDigits(call, leg, digits, now);
        }

        return call;
    }

    /// <summary>DTMF from a phone on a call: a conference invitee's answer to its prompt; other calls ignore it.</summary>
    private Call OnDigits(Call call, CallLeg leg, string digits, DateTimeOffset now) =>
        call.Invite is { IsEntering: true } && leg.Role == LegRole.Destination && leg.State == LegState.Answered
            ? EnterDigits(call, leg, digits, now)
            : call;

    private Call EnterDigits(Call call, CallLeg leg, string digits, DateTimeOffset now)
    {
        foreach (char digit in digits)
        {
            if (!call.IsLive || call.Invite is not { IsEntering: true } invite)
            {
                break;
            }

            call = digit == '#'
                ? Evaluate(call, leg, invite, now)
                : call with { Invite = invite with { Entry = invite.Entry.Length < 32 ? invite.Entry + digit : invite.Entry } };
        }

        return call;
    }

    private Call Evaluate(Call call, CallLeg leg, ConferenceInvite invite, DateTimeOffset now)
    {
        string entry = invite.Entry;
        if (invite.Step == InviteStep.EnteringNumber)
        {
            ScheduledConference? conference = Conferences.Find(invite.Host, entry);
            if (conference is null || !conference.IsOpenAt(now))
            {
                return Wrong(call, leg, conference is null ? $"wrong number '{entry}'" : $"conference {entry} is closed", now);
            }

            call = call with { Invite = invite with { Number = entry } };
            return invite.Pin is { } pin && conference.Pins.RoleOf(pin) is not null ? Admit(call, leg, entry, pin, now) : Ask(call, leg, InviteStep.EnteringPin, now);
        }

        return Conferences.Find(invite.Host, invite.Number!)?.Pins.RoleOf(entry) is not null
            ? Admit(call, leg, invite.Number!, entry, now)
            : Wrong(call, leg, "wrong PIN", now);
    }

    /// <summary>Plays the prompt for <paramref name="step"/>; the invitee has the configured time to answer it.</summary>
    private Call Ask(Call call, CallLeg leg, InviteStep step, DateTimeOffset now)
    {
        ConferenceInvite invite = call.Invite!;
        ConferenceInvite next = invite with
        {
            Step = step,
            Entry = string.Empty,
            Prompt = invite.Prompt + 1,
            WrongEntries = invite.Step == step ? invite.WrongEntries : 0,
        };
        Events.Append(now, NetworkEventKind.ConferencePrompted, call.Id, leg.Phone.Value, step == InviteStep.EnteringNumber ? "number" : "pin");
        int prompt = next.Prompt;
        int index = leg.Index;
        Schedule(call.Id, TimeSpan.FromSeconds(_options.ConferencePromptSeconds), (c, at) =>
            c.Invite is { IsEntering: true } waiting && waiting.Prompt == prompt ? Wrong(c, c.Legs[index], "no entry", at) : c);
        return call with { Invite = next };
    }

    /// <summary>A wrong or missing entry: the same prompt again, or, at the third, the invitee is hung up.</summary>
    private Call Wrong(Call call, CallLeg leg, string reason, DateTimeOffset now)
    {
        ConferenceInvite invite = call.Invite!;
        int wrong = invite.WrongEntries + 1;
        Events.Append(now, NetworkEventKind.ConferenceRefused, call.Id, leg.Phone.Value,
            string.Create(CultureInfo.InvariantCulture, $"{reason} ({wrong} of {ConferenceInvite.MaxWrongEntries})"));
        call = call with { Invite = invite with { WrongEntries = wrong } };
        return wrong >= ConferenceInvite.MaxWrongEntries
            ? End(call with { Invite = call.Invite with { Step = InviteStep.Refused } }, CallDisposition.NotAllowed, LegState.Cancelled, now)
            : Ask(call, leg, invite.Step, now);
    }

    /// <summary>Turns the invitee away and hangs it up.</summary>
    private Call Refuse(Call call, CallLeg leg, string reason, DateTimeOffset now)
    {
        Events.Append(now, NetworkEventKind.ConferenceRefused, call.Id, leg.Phone.Value, reason);
        return End(call with { Invite = call.Invite! with { Step = InviteStep.Refused } }, CallDisposition.NotAllowed, LegState.Cancelled, now);
    }

    /// <summary>Brings the invitee into the room of conference <paramref name="number"/> with the role <paramref name="pin"/> opens.</summary>
    private Call Admit(Call call, CallLeg leg, string number, string pin, DateTimeOffset now)
    {
        ConferenceInvite invite = call.Invite!;
        ScheduledConference? conference = Conferences.Find(invite.Host, number);
        if (conference?.Pins.RoleOf(pin) is not { } role)
        {
            return Refuse(call, leg, $"conference {number} of {invite.Host} no longer exists", now);
        }

        if (conference.ClosedReason(now) is { } closed)
        {
            return Refuse(call, leg, closed, now);
        }

        ConferenceRoom room = _rooms.GetValueOrDefault(conference.Key) ?? new ConferenceRoom(conference, now, []);
        if (room.IsFull)
        {
            return Refuse(call, leg, string.Create(CultureInfo.InvariantCulture, $"conference {conference.Key} is full ({conference.MaxParticipants} participants)"), now);
        }

        var participant = new ConferenceParticipant(call.Id, leg.Phone, role, now, Muted: role == ConferenceRole.Listener, Waiting: false);
        _rooms[conference.Key] = room.With(room.Participants.Add(participant));
        string tone = conference.Has(ConferenceFeatures.ToneOnJoin) ? " tone" : string.Empty;
        Events.Append(now, NetworkEventKind.ParticipantJoined, call.Id, leg.Phone.Value, $"{conference.Key} {Named(role)}{tone}");
        if (conference.End is { } end)
        {
            Schedule(call.Id, end - now, (c, at) => c.IsLive ? End(c, CallDisposition.Answered, LegState.Cancelled, at) : c);
        }

        return call with { Invite = invite with { Step = InviteStep.Joined, Number = number, Role = role, Entry = string.Empty } };
    }

    /// <summary>A leg that ends leaves the room it was in (the room closes with its last participant). Under the lock.</summary>
    private void LeaveConference(Call call, CallLeg leg, DateTimeOffset now)
    {
        if (call.Invite is not { Step: InviteStep.Joined, Number: { } number } invite || leg.Role != LegRole.Destination || leg.State != LegState.Answered)
        {
            return;
        }

        var key = new ConferenceKey(invite.Host, number);
        if (!_rooms.TryGetValue(key, out ConferenceRoom? room))
        {
            return;
        }

        var staying = room.Participants.RemoveAll(p => p.CallId == call.Id);
        if (staying.Length == room.Participants.Length)
        {
            return;
        }

        Events.Append(now, NetworkEventKind.ParticipantLeft, call.Id, leg.Phone.Value, key.ToString());
        if (staying.IsEmpty)
        {
            _rooms.TryRemove(key, out _);
        }
        else
        {
            _rooms[key] = room.With(staying);
        }
    }

    /// <summary>Puts the seed's conferences back, dropping those created since. Under the lock.</summary>
    private void RestoreSeededConferences() => Conferences.ReplaceAll(_seededConferences);

    private static string Named(ConferenceRole role) => role.ToString().ToLowerInvariant();
}
