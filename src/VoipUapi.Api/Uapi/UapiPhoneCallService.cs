using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Turns validated UnifiedAPI phone-call requests into network commands: resolves who and what they name in the
/// context of the calling app, applies the vendor's rules (STEP 1–7 of a simple call), and hands back calls.
/// </summary>
public sealed partial class UapiPhoneCallService(TelephonyNetwork network, UapiResolver resolver, IOptions<TelephonyOptions> options)
{
    /// <summary>A simple call (seed 001): the sources ring first; the first to answer is connected to the destination.</summary>
    public Outcome<Call, UapiError> PlaceSimpleCall(UapiCaller caller, string userId, PhoneCallPayload payload, CreateCallQuery query) =>
        PlaceTwoPartyCall(caller, userId, payload, query, network.PlaceSimpleCall);

    /// <summary>A callback call: the same request as a simple call, but the destination rings first, then the sources (docs/decisions/0017, 0018).</summary>
    public Outcome<Call, UapiError> PlaceCallbackCall(UapiCaller caller, string userId, PhoneCallPayload payload, CreateCallQuery query) =>
        PlaceTwoPartyCall(caller, userId, payload, query, network.PlaceCallbackCall);

    private Outcome<Call, UapiError> PlaceTwoPartyCall(
        UapiCaller caller, string userId, PhoneCallPayload payload, CreateCallQuery query, Func<SimpleCallOrder, Outcome<Call, NetworkError>> place)
    {
        Outcome<CreateRequest, UapiError> request = Resolve(caller, userId, payload, ExtensionType.PhoneTerminal, "the first source", SourcesOfSimpleCall);
        if (!request.Succeeded)
        {
            return request.Error;
        }

        (PhoneCallViewPayload view, User user, Extension extension, List<PhoneAddress> sources, List<PhoneAddress> destinations) = request.Value;
        if (destinations.Intersect(sources).ToList() is [var both, ..])
        {
            return UapiErrors.For(DestinationInvalid, $"{both} is a source of the call too; send a destination that is not one of the sources.");
        }

        string? destinationCallerId = PhoneCallPayloadValidator.DestinationCallerIdText(view);
        if ((view.CallerId is not null || destinationCallerId is not null) && !user.CanSetCallerId)
        {
            return UapiErrors.CallerIdNotAllowed(
                $"user {user.Id} may not choose caller ids; leave callerId and callerIdDestination out to show the extension's own ({extension.CallerId}).");
        }

        var order = new SimpleCallOrder(
            extension.Number,
            user.Id,
            resolver.OrganizationOf(user),
            sources,
            destinations,
            CallerIdOr(view.CallerId, extension.CallerId),
            CallerIdOr(destinationCallerId, extension.CallerId),
            Seconds(query.WaitForPickup, options.Value.MaxWaitForPickupSeconds),
            Seconds(query.CallDuration, options.Value.MaxCallDurationSeconds),
            payload.Nonce ?? view.Nonce,
            QueryValues.IsTrue(query.AllowPublicTransfer));
        Outcome<Call, NetworkError> placed = place(order);
        return placed.Succeeded ? placed.Value : UapiErrors.For(NonceInvalid, placed.Error.Message);
    }

    /// <summary>The live calls of the extension (or of every extension of the user, for <c>@self</c>) the app may see.</summary>
    public Outcome<List<Call>, UapiError> LiveCalls(UapiCaller caller, string userId, string extension, string? phoneCallId)
    {
        Outcome<(CallScope Scope, List<Call> Calls), UapiError> found = CallsOfPath(caller, userId, extension, phoneCallId);
        return found.Succeeded ? found.Value.Calls : found.Error;
    }

    /// <summary>One page of the live calls of one extension (not <c>@self</c>), read from the engine's index in list order, and how many there are.</summary>
    public Outcome<(IReadOnlyList<Call> Page, int Total), UapiError> LiveCallPage(UapiCaller caller, string userId, string extension, int start, int count, bool descending)
    {
        Outcome<CallScope, UapiError> scope = Scope(caller, userId, extension);
        return scope.Succeeded ? network.LiveCallPageOf(scope.Value.Extensions[0], start, count, descending) : scope.Error;
    }

    /// <summary>Hangs up the calls a list request with the same path would return; only the party named, when one is.</summary>
    public Outcome<List<Call>, UapiError> HangUp(UapiCaller caller, string userId, string extension, string? phoneCallId, string? phoneNumber)
    {
        Outcome<(CallScope Scope, List<Call> Calls), UapiError> found = CallsOfPath(caller, userId, extension, phoneCallId);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        string? party = null;
        if (phoneNumber is not null)
        {
            Outcome<PhoneAddress, UapiError> phone = resolver.Phone(caller, found.Value.Scope.User, phoneNumber, PhoneNumberInvalid);
            if (!phone.Succeeded)
            {
                return phone.Error;
            }

            party = phone.Value.Value;
        }

        return found.Value.Calls
            .Select(call => network.HangUp(call.Id, party))
            .Where(result => result.Succeeded)
            .Select(result => result.Value!)
            .ToList();
    }

    private Outcome<CallScope, UapiError> Scope(UapiCaller caller, string userId, string extension)
    {
        Outcome<(User User, List<Extension> Extensions), UapiError> path = resolver.PathExtensions(caller, userId, extension);
        return path.Succeeded ? new CallScope(path.Value.User, [.. path.Value.Extensions.Select(e => e.Number.ToString())]) : path.Error;
    }

    /// <summary>The scope of the path and its live calls (the one named, when <paramref name="phoneCallId"/> is sent).</summary>
    private Outcome<(CallScope Scope, List<Call> Calls), UapiError> CallsOfPath(UapiCaller caller, string userId, string extension, string? phoneCallId)
    {
        Outcome<CallScope, UapiError> scope = Scope(caller, userId, extension);
        if (!scope.Succeeded)
        {
            return scope.Error;
        }

        Outcome<List<Call>, UapiError> calls = CallsIn(scope.Value, userId, extension, phoneCallId);
        return calls.Succeeded ? (scope.Value, calls.Value) : calls.Error;
    }

    private Outcome<List<Call>, UapiError> CallsIn(CallScope scope, string userId, string extension, string? phoneCallId)
    {
        if (phoneCallId is not null && string.IsNullOrWhiteSpace(phoneCallId))
        {
            return UapiErrors.For(PhoneCallInvalid,
                $"the phoneCallId segment is blank, which names no call; send the id of a live call, as GET /uapi/phoneCalls/{userId}/@self lists them.");
        }

        List<Call> calls = phoneCallId is not null
            ? network.FindLiveCall(new CallId(phoneCallId)) is { } named && scope.Extensions.Exists(named.Involves) ? [named] : []
            : [.. scope.Extensions.SelectMany(network.LiveCallsOf).DistinctBy(call => call.Id).OrderBy(call => call.Published)];
        if (phoneCallId is not null && calls.Count == 0)
        {
            string where = UapiResolver.IsSelf(extension) ? $"the extensions of user {scope.User.Id}" : extension;
            return UapiErrors.For(PhoneCallInvalid,
                $"there is no live call '{phoneCallId}' on {where}; ended calls leave the list. List the live ones with GET /uapi/phoneCalls/{userId}/@self.");
        }

        return calls;
    }

    /// <summary>
    /// STEP 1–3: the user of the path and the extension charged for the call, which must be theirs and of
    /// <paramref name="type"/>; a left-out extension is the first source, and the error says so, naming it as
    /// <paramref name="standIn"/>.
    /// </summary>
    /// <summary>
    /// What every create resolves first, in this order: the charged extension (of <paramref name="type"/>) and its
    /// user, the sources (by <paramref name="sourcesOf"/>, the kind's own rules) and the destinations.
    /// </summary>
    private Outcome<CreateRequest, UapiError> Resolve(
        UapiCaller caller,
        string userId,
        ICallPayload payload,
        ExtensionType type,
        string standIn,
        Func<UapiCaller, User, Extension, List<string>, Outcome<List<PhoneAddress>, UapiError>> sourcesOf)
    {
        PhoneCallViewPayload view = payload.PhoneCallView![0];
        Outcome<(User User, Extension Extension), UapiError> charged = ChargedExtension(caller, userId, payload, type, standIn);
        if (!charged.Succeeded)
        {
            return charged.Error;
        }

        (User user, Extension extension) = charged.Value;
        Outcome<List<PhoneAddress>, UapiError> sources = sourcesOf(caller, user, extension, view.Source!);
        Outcome<List<PhoneAddress>, UapiError> destinations = sources.Succeeded ? Phones(caller, user, view.Destination!, DestinationInvalid) : sources;
        return destinations.Succeeded ? new CreateRequest(view, user, extension, sources.Value!, destinations.Value) : destinations.Error;
    }

    /// <summary>The sources of a simple call: public numbers or extensions of the user's organization.</summary>
    private Outcome<List<PhoneAddress>, UapiError> SourcesOfSimpleCall(UapiCaller caller, User user, Extension extension, List<string> numbers)
    {
        Outcome<List<PhoneAddress>, UapiError> sources = Phones(caller, user, numbers, SourceInvalid);
        Organization organization = resolver.OrganizationOf(user);
        return sources.Succeeded && sources.Value.Find(phone => phone.IsLocal && !IsIn(phone, organization)) is { Value: not null } foreign
            ? UapiErrors.For(SourceInvalid,
                $"{foreign} belongs to another organization; the sources of a call by user {user.Id} are public numbers or extensions of organization {organization.Code}.")
            : sources;
    }

    private Outcome<(User User, Extension Extension), UapiError> ChargedExtension(
        UapiCaller caller, string userId, ICallPayload payload, ExtensionType type, string standIn)
    {
        string extensionText = payload.Extension ?? payload.PhoneCallView![0].Source![0];
        Outcome<User, UapiError> user = resolver.User(caller, userId, extensionText);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        Outcome<Extension, UapiError> extension = resolver.ExtensionOf(caller, user.Value, extensionText, type);
        if (extension.Succeeded)
        {
            return (user.Value, extension.Value);
        }

        return payload.Extension is null
            ? extension.Error with { Message = $"{extension.Error.Message} (extension was left out, so {standIn} stood for it)" }
            : extension.Error;
    }

    private Outcome<List<PhoneAddress>, UapiError> Phones(UapiCaller caller, User user, List<string> numbers, string code)
    {
        var phones = new List<PhoneAddress>(numbers.Count);
        foreach (string number in numbers)
        {
            Outcome<PhoneAddress, UapiError> phone = resolver.Phone(caller, user, number, code);
            if (!phone.Succeeded)
            {
                return phone.Error;
            }

            phones.Add(phone.Value);
        }

        return phones;
    }

    private static bool IsIn(PhoneAddress phone, Organization organization) =>
        ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number) && number.OrganizationCode == organization.Code;

    private static CallerId CallerIdOr(string? text, CallerId fallback) => CallerId.TryParse(text, out CallerId? parsed) ? parsed : fallback;

    private static TimeSpan? Seconds(string? text, int max) =>
        QueryValues.TryParseWholeNumber(text, 1, max, out int seconds) ? TimeSpan.FromSeconds(seconds) : null;
}
