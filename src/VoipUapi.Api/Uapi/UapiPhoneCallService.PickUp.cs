using System.Globalization;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>PickUp (seed 004): the call ringing on an extension of the path is sent to another Phone Terminal.</summary>
public sealed partial class UapiPhoneCallService
{
    public Outcome<Call, UapiError> PickUp(UapiCaller caller, string userId, string extension, string phoneCallId, PhoneCallAction action)
    {
        Outcome<(CallScope Scope, List<Call> Calls), UapiError> found = CallsOfPath(caller, userId, extension, phoneCallId);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (CallScope scope, List<Call> calls) = found.Value;
        Call call = calls[0];
        Outcome<CallView, UapiError> view = RingingView(caller, scope, call, action.PhoneCallViewId!);
        if (!view.Succeeded)
        {
            return view.Error;
        }

        Outcome<PhoneAddress, UapiError> target = PhoneTerminalOf(caller, scope.User, action.SendCallTo!);
        if (!target.Succeeded)
        {
            return target.Error;
        }

        if (action.CallerId is not null && !scope.User.CanSetCallerId)
        {
            return UapiErrors.CallerIdNotAllowed($"user {scope.User.Id} may not choose caller ids; leave callerId out to show {target.Value} who calls.");
        }

        var order = new PickUpOrder(
            call.Id,
            PhoneAddress.ForExtension(view.Value.Extension),
            target.Value,
            CallerId.TryParse(action.CallerId, out CallerId? shown) ? shown : null,
            Seconds(action.WaitForPickup, options.Value.MaxWaitForPickupSeconds));
        Outcome<Call, NetworkError> picked = network.PickUp(order);
        if (picked.Succeeded)
        {
            return picked.Value;
        }

        return picked.Error.Code switch
        {
            NetworkErrorCode.CallNotFound => UapiErrors.For(PhoneCallInvalid, $"call {phoneCallId} ended before it could be picked up; list the live ones with GET /uapi/phoneCalls/{userId}/@self."),
            NetworkErrorCode.PickUpTargetInvalid => UapiErrors.For(SendCallToInvalid, picked.Error.Message),
            _ => UapiErrors.For(PhoneCallViewInvalid, picked.Error.Message),
        };
    }

    /// <summary>The view <paramref name="viewId"/> of the call, if the app may see it, it is one of the path's extensions, and it rings.</summary>
    private Outcome<CallView, UapiError> RingingView(UapiCaller caller, CallScope scope, Call call, string viewId)
    {
        List<CallView> visible = CallViews.Of(call).Where(v => resolver.CanSee(caller, v.Extension)).ToList();
        CallView? view = visible.Find(v => v.Id == viewId)
            ?? (int.TryParse(viewId, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                ? visible.Find(v => int.Parse(v.Id, CultureInfo.InvariantCulture) == number)
                : null);
        string views = string.Join(", ", visible.Select(v => $"{v.Id} ({v.Extension}, status {(int)v.Status})"));
        if (view is null)
        {
            return UapiErrors.For(PhoneCallViewInvalid, $"call {call.Id} has no view '{viewId}' you may see; its views are {views}.");
        }

        if (!scope.Extensions.Contains(view.Extension.ToString()))
        {
            return UapiErrors.For(PhoneCallViewInvalid,
                $"view {view.Id} is the view of {view.Extension}, not of {string.Join(", ", scope.Extensions)}; send the view of the extension in the path: {views}.");
        }

        return view.Status == CallViewStatus.Ringing
            ? view
            : UapiErrors.For(PhoneCallViewInvalid,
                $"view {view.Id} ({view.Extension}) is {Describe(view.Status)} (status {(int)view.Status}); only a view that rings (status 3) can be picked up.");
    }

    /// <summary>A Phone Terminal extension of the user's organization.</summary>
    private Outcome<PhoneAddress, UapiError> PhoneTerminalOf(UapiCaller caller, User user, string text)
    {
        Outcome<PhoneAddress, UapiError> phone = resolver.Phone(caller, user, text, SendCallToInvalid);
        if (!phone.Succeeded)
        {
            return phone.Error;
        }

        Organization organization = resolver.OrganizationOf(user);
        return ExtensionNumber.TryParse(phone.Value.Value, out ExtensionNumber number)
            && network.Directory.FindExtension(number) is { Type: ExtensionType.PhoneTerminal }
            && number.OrganizationCode == organization.Code
                ? phone.Value
                : UapiErrors.For(SendCallToInvalid, $"{phone.Value} is not a Phone Terminal extension of organization {organization.Code}; send one, such as {PhoneTerminalExample(organization)}.");
    }

    private string PhoneTerminalExample(Organization organization) =>
        network.Directory.Extensions.Where(e => e.Type == ExtensionType.PhoneTerminal && e.Number.OrganizationCode == organization.Code)
            .Select(e => e.Number.ToString()).Order(StringComparer.Ordinal).FirstOrDefault() ?? $"{organization.Code}*210";

    private static string Describe(CallViewStatus status) => status switch
    {
        CallViewStatus.OnCall => "on the call",
        CallViewStatus.OtherSideRinging => "waiting while the other side rings",
        CallViewStatus.Trying => "trying",
        CallViewStatus.OffHook => "off hook",
        _ => "not on the call any more",
    };
}
