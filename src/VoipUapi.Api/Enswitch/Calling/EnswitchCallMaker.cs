using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Conferencing;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// <c>calls/make</c>: rings <c>snumber</c>, then, once it answers, <c>cnumber</c>, through the network's simple call
/// (the same ring, answer and busy rules as a UAPI simple call). With <c>ctype=conference</c> (inferred) it brings
/// <c>snumber</c> into the conference whose code is <c>cnumber</c> instead, through the network's conference invite.
/// </summary>
public sealed class EnswitchCallMaker(TelephonyNetwork network, EnswitchNumbers numbers, EnswitchConferences conferences, ClockDelays delayed)
{
    public const int MaxDelaySeconds = 3600;
    public const int MaxWaitSeconds = 600;
    private static readonly string[] SourceTypes = ["phone"];
    private static readonly string[] CalledTypes = ["phone", "conference"];

    public EnswitchEnvelope Make(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        EnswitchCaller caller = request.Caller;
        EnswitchCustomer? customer = CustomerParameter.Read(request, "call in");
        string? stype = input.Choice("stype", SourceTypes);
        string? ctype = input.Choice("ctype", CalledTypes);
        string? snumber = Required(input, "snumber", "the line or number to ring first, e.g. snumber=210");
        string? cnumber = Required(input, "cnumber", "the number to connect it to once it answers, e.g. cnumber=2125551234");
        CallerId? first = CallerIdOf(input, "callerid1");
        CallerId? second = CallerIdOf(input, "callerid2");
        int delay = input.Integer("delay", 0, MaxDelaySeconds, " (seconds before the call is made)") ?? 0;
        int wait = input.Integer("wait", 0, MaxWaitSeconds, " (seconds to wait for the call id)") ?? 0;
        _ = input.Choice("cdialplan", ["auto"]);
        _ = input.Text("card", 64);
        _ = input.Integer("recordgroup", 0, int.MaxValue, " (a record group id, 0 for none)");
        foreach (string flag in (string[])["answer1", "answer2", "screen1", "screen2", "warn1", "warn2"])
        {
            _ = input.Flag(flag);
        }

        PhoneAddress? source = customer is null || snumber is null ? null : numbers.Resolve(input, "snumber", customer, snumber, lineOnly: stype == "phone");
        Outcome<Func<Outcome<Call, NetworkError>>, EnswitchEnvelope>? placing = null;
        if (customer is not null && source is { } from && cnumber is not null)
        {
            placing = ctype == "conference"
                ? Invite(request, customer, from, cnumber, first)
                : Connect(request, customer, from, cnumber, ctype == "phone", first, second);
        }

        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        if (!placing!.Succeeded)
        {
            return placing.Error;
        }

        Func<Outcome<Call, NetworkError>> place = placing.Value;
        string callId = string.Empty;
        if (delay > 0)
        {
            delayed.Schedule(TimeSpan.FromSeconds(delay), () => place());
        }
        else
        {
            Outcome<Call, NetworkError> placed = place();
            if (!placed.Succeeded)
            {
                return EnswitchEnvelope.Invalid("cnumber", placed.Error.Message);
            }

            callId = placed.Value.Id.Value;
        }

        return wait > 0 ? EnswitchEnvelope.Ok(new MadeCall(ActiveCallRows.Machine, callId)) : EnswitchEnvelope.Done();
    }

    /// <summary>A simple call from <paramref name="from"/> to <c>cnumber</c>, charged to a line of the customer.</summary>
    private Outcome<Func<Outcome<Call, NetworkError>>, EnswitchEnvelope>? Connect(EnswitchRequest request, EnswitchCustomer customer, PhoneAddress from, string cnumber, bool lineOnly, CallerId? first, CallerId? second)
    {
        EnswitchInput input = request.Input;
        if (numbers.Resolve(input, "cnumber", customer, cnumber, lineOnly) is not { } to)
        {
            return null;
        }

        if (to == from)
        {
            input.Invalid("cnumber", $"cnumber {cnumber} is snumber too; send the number to connect snumber to.");
            return null;
        }

        Extension? charged = numbers.LineOf(from) ?? numbers.LineOf(to) ?? request.Caller.Person.Line;
        if (charged is null)
        {
            input.Invalid("snumber", $"neither {from} nor {to} is a telephone line of customer {customer.Id}, and {request.Caller.Person.Username} has no line the call could be charged to; send a line of the customer as snumber or cnumber.");
            return null;
        }

        var order = new SimpleCallOrder(charged.Number, charged.OwnerUserId, customer.Organization!, [from], [to], first ?? charged.CallerId, second ?? charged.CallerId);
        return new Func<Outcome<Call, NetworkError>>(() => network.PlaceSimpleCall(order));
    }

    /// <summary>A conference invite that rings <paramref name="from"/> and brings it into the conference with the code <c>cnumber</c>, as a talker.</summary>
    private Outcome<Func<Outcome<Call, NetworkError>>, EnswitchEnvelope>? Invite(EnswitchRequest request, EnswitchCustomer customer, PhoneAddress from, string cnumber, CallerId? callerId)
    {
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = conferences.FindByCode(request.Caller, cnumber.Trim(), "cnumber");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        ScheduledConference conference = found.Value.Conference;
        Extension host = network.Directory.FindExtension(conference.Host)!;
        string pin = conference.Pins.Talker ?? conference.Pins.Admin ?? conference.Pins.Listener!;
        var order = new ConferenceInviteOrder(host, customer.Organization!, [from], callerId ?? host.CallerId, conference.Number, pin);
        return new Func<Outcome<Call, NetworkError>>(() => network.PlaceConferenceInvite(order));
    }

    private static string? Required(EnswitchInput input, string key, string hint)
    {
        string? value = input.Text(key, 64)?.Trim();
        if (value is not { Length: > 0 } && !input.HasProblem(key))
        {
            input.Invalid(key, $"{key} is missing; send {hint}.");
            return null;
        }

        return value;
    }

    /// <summary>A caller id for one leg: a number (<c>2125551234</c>) or <c>Name &lt;number&gt;</c>.</summary>
    private static CallerId? CallerIdOf(EnswitchInput input, string key)
    {
        string? text = input.Text(key, 64)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (CallerId.TryParse(text, out CallerId? parsed) || CallerId.TryParse($"<{text}>", out parsed))
        {
            return parsed;
        }

        input.Invalid(key, $"{key} must be a number such as 2125551234, or Name <number> such as \"{CallerId.Format}\"; '{EnswitchInput.Shown(text)}' is neither.");
        return null;
    }
}
