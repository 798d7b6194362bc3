using VoipUapi.Api.Uapi.Actions;
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
    private Outcome<Call, UapiError> PickUp(CallActionTarget target)
    {
        CallView view = target.View;
        if (view.Status != CallViewStatus.Ringing)
        {
            return UapiErrors.For(PhoneCallViewInvalid,
                $"{target.Named} is {Describe(view.Status)} (status {(int)view.Status}); only a view that rings (status 3) can be picked up.");
        }

        Outcome<RingRequest, UapiError> ring = RingPhoneTerminal(target);
        if (!ring.Succeeded)
        {
            return ring.Error;
        }

        var order = new PickUpOrder(target.Call.Id, PhoneAddress.ForExtension(view.Extension), ring.Value.Phone, ring.Value.CallerId, ring.Value.WaitForPickup);
        return Engine(target, network.PickUp(order));
    }

    /// <summary>What an action that rings a Phone Terminal of the organization (<c>sendCallTo</c>) asks for.</summary>
    private Outcome<RingRequest, UapiError> RingPhoneTerminal(CallActionTarget target) =>
        Ring(target, PhoneTerminalOf(target.Caller, target.Scope.User, target.Body.SendCallTo!));

    /// <summary>The ring an action asks for, once its <c>sendCallTo</c> is resolved: the caller id if the user may choose one, and the wait.</summary>
    private Outcome<RingRequest, UapiError> Ring(CallActionTarget target, Outcome<PhoneAddress, UapiError> phone)
    {
        if (!phone.Succeeded)
        {
            return phone.Error;
        }

        User user = target.Scope.User;
        if (target.Body.CallerId is not null && !user.CanSetCallerId)
        {
            return UapiErrors.CallerIdNotAllowed($"user {user.Id} may not choose caller ids; leave callerId out to show {phone.Value} who calls.");
        }

        return new RingRequest(
            phone.Value,
            CallerId.TryParse(target.Body.CallerId, out CallerId? shown) ? shown : null,
            Seconds(target.Body.WaitForPickup, options.Value.MaxWaitForPickupSeconds));
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
}
