using System.Globalization;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary><c>calls/active/list</c>, its panel variant, <c>calls/hangup</c> and <c>calls/update</c>: the live calls of the network that involve the caller's customers.</summary>
public sealed class EnswitchCallService(TelephonyNetwork network, EnswitchDirectory directory, ActiveCallRows rows, CallRecordEdits edits)
{
    private static readonly string[] CustomerWords = ["all", "recursive", "system"];

    public EnswitchEnvelope ActiveList(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        IReadOnlyList<EnswitchCustomer> scope = Scope(request);
        ActiveCallQuery query = ActiveCallQuery.Read(input);
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        List<ActiveCallRow> found = [.. query.Apply(RowsOf(scope, query.Names))];
        return query.Count ? EnswitchEnvelope.Ok(new ListCount(found.Count)) : EnswitchEnvelope.Ok(found);
    }

    /// <summary>The panel's list: every row of the live calls of one customer (an id; default the caller's), by start, with no filter.</summary>
    public EnswitchEnvelope ActivePanel(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        EnswitchCaller caller = request.Caller;
        string? text = input.Value("customer")?.Trim();
        EnswitchCustomer? customer = text is null ? caller.Customer : Named(caller, text);
        if (customer is null)
        {
            input.Invalid("customer", $"customer must be the id of a customer you may see (your own is {caller.Customer.Id}); '{EnswitchInput.Shown(text!)}' is not. The panel lists one customer: calls/active/list takes all, recursive and system.");
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        return EnswitchEnvelope.Ok(RowsOf([customer], names: false).OrderBy(r => r.Start).ThenBy(r => r.UniqueId, StringComparer.Ordinal).ToList());
    }

    public EnswitchEnvelope HangUp(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Outcome<LiveCallTarget, EnswitchEnvelope> target = TargetOf(request);
        if (!target.Succeeded)
        {
            return target.Error;
        }

        (Call call, int? leg, string key, string named) = target.Value;
        Outcome<Call, NetworkError> result = network.HangUp(call.Id, leg is { } party ? call.Legs[party].Phone.Value : null);
        return result.Succeeded
            ? EnswitchEnvelope.Done()
            : EnswitchEnvelope.NotFound(key, $"the call '{named}' ended meanwhile; there is nothing left to hang up.");
    }

    /// <summary>
    /// Changes Enswitch's record of a call (callid) or of one leg (uniqueid), not the telephony: the fields sent
    /// (<c>stype</c>, <c>snumber</c>, <c>ctype</c>, <c>cnumber</c>, <c>dtype</c>, <c>dnumber</c>) show in calls/active/list from now on; code 204.
    /// </summary>
    public EnswitchEnvelope Update(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        var edit = new CallRecordEdit(
            input.Choice("stype", NumberFilter.Types), NumberOf(input, "snumber"),
            input.Choice("ctype", NumberFilter.Types), NumberOf(input, "cnumber"),
            input.Choice("dtype", NumberFilter.Types), NumberOf(input, "dnumber"));
        Outcome<LiveCallTarget, EnswitchEnvelope> target = TargetOf(request);
        if (!target.Succeeded)
        {
            return target.Error;
        }

        edits.Edit(target.Value.Call.Id, target.Value.Leg, edit);
        return EnswitchEnvelope.Done();
    }

    private static string? NumberOf(EnswitchInput input, string name)
    {
        string? number = input.Text(name, 64);
        if (number is not null && string.IsNullOrWhiteSpace(number))
        {
            input.Invalid(name, $"{name} is blank; send the number the record should show, such as 2125551234, or leave {name} out to keep it.");
            return null;
        }

        return number?.Trim();
    }

    /// <summary>The live call (callid) or leg (uniqueid) of the caller's customers a request names, exactly one of the two.</summary>
    private Outcome<LiveCallTarget, EnswitchEnvelope> TargetOf(EnswitchRequest request)
    {
        EnswitchInput input = request.Input;
        string? callId = input.Text("callid", 64)?.Trim() is { Length: > 0 } sentCall ? sentCall : null;
        string? uniqueId = input.Text("uniqueid", 96)?.Trim() is { Length: > 0 } sentLeg ? sentLeg : null;
        if (input.IsValid && (callId is null) == (uniqueId is null))
        {
            input.Invalid(callId is null ? "callid" : "uniqueid", callId is null
                ? "send callid (a whole call) or uniqueid (one leg), as calls/active/list gives them; both are missing."
                : "send callid or uniqueid, not both.");
        }

        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        string key = callId is null ? "uniqueid" : "callid";
        string named = EnswitchInput.Shown(callId ?? uniqueId!);
        int? leg = null;
        CallId id = new(callId ?? string.Empty);
        if (uniqueId is not null && UniqueId.TryParse(uniqueId, out CallId parsed, out int index))
        {
            (id, leg) = (parsed, index);
        }

        Call? call = network.FindLiveCall(id) is { } live && Involves(live, request.Caller.VisibleCustomers) ? live : null;
        if (call is null || (leg is { } l && (l >= call.Legs.Length || !call.Legs[l].IsLive)))
        {
            return EnswitchEnvelope.NotFound(key, $"there is no live {(leg is null ? "call" : "call leg")} '{named}' of your customer; ended calls leave the list. Send a {key} that calls/active/list gives.");
        }

        return new LiveCallTarget(call, leg, key, named);
    }

    /// <summary>The customer a <c>customer</c> id names, if the caller may see it.</summary>
    private static EnswitchCustomer? Named(EnswitchCaller caller, string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? caller.Visible(number) : null;

    /// <summary>The rows of the live calls that involve <paramref name="scope"/>, read from the network's organization index.</summary>
    private IEnumerable<ActiveCallRow> RowsOf(IReadOnlyList<EnswitchCustomer> scope, bool names) =>
        scope.Select(customer => customer.Organization?.Code).OfType<string>().Distinct(StringComparer.Ordinal)
            .SelectMany(network.LiveCallsInvolving).DistinctBy(call => call.Id)
            .Where(call => Involves(call, scope)).SelectMany(call => rows.Of(call, names));

    /// <summary>True when the call is of one of <paramref name="customers"/> or rings or connects one of their lines.</summary>
    public static bool Involves(Call call, IReadOnlyList<EnswitchCustomer> customers)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(customers);
        return customers.Any(c => c.Organization is { } organization
            && (call.Organization.Id == organization.Id
                || call.Legs.Any(leg => IsIn(leg.Phone, organization.Code))
                || call.Sources.Concat(call.Destinations).Any(phone => IsIn(phone, organization.Code))));
    }

    private static bool IsIn(PhoneAddress phone, string code) =>
        phone.Kind != PhoneAddressKind.Public && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number) && number.OrganizationCode == code;

    /// <summary>
    /// The customers <c>customer</c> names: an id (with <c>recursive=1</c>, and the ones below it), <c>all</c> (the
    /// caller's own and the ones directly below), <c>recursive</c> or <c>system</c> (every one the caller may see).
    /// </summary>
    private IReadOnlyList<EnswitchCustomer> Scope(EnswitchRequest request)
    {
        EnswitchInput input = request.Input;
        EnswitchCaller caller = request.Caller;
        bool recursive = input.Flag("recursive") ?? false;
        string? text = input.Value("customer")?.Trim();
        if (text is "recursive" or "system")
        {
            return caller.VisibleCustomers;
        }

        if (text == "all")
        {
            return [.. new[] { caller.Customer }.Concat(directory.ChildrenOf(caller.Customer)).Where(caller.CanSee)];
        }

        EnswitchCustomer? customer = caller.Customer;
        if (text is not null)
        {
            customer = Named(caller, text);
            if (customer is null)
            {
                input.Invalid("customer", $"customer must be the id of a customer you may see (your own is {caller.Customer.Id}), or {string.Join(", ", CustomerWords)}; '{EnswitchInput.Shown(text)}' is none of them.");
                return [];
            }
        }

        return recursive ? [.. directory.Tree(customer).Where(caller.CanSee)] : [customer];
    }
}
