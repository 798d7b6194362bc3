using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>Actions on a phone call (PUT with a PhoneCallAction): PickUp; the vendor's other actions answer pc_action_invalid until emulated.</summary>
[Route("uapi/phoneCalls/{userId}/{extension}/{phoneCallId}")]
[Tags("UnifiedAPI phone calls")]
public sealed class PhoneCallActionsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>PickUp: the call ringing on the view's extension stops ringing there and rings <c>sendCallTo</c> for <c>waitForPickup</c> seconds.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or the numeric id of the user owning the extension.</param>
    /// <param name="extension">The extension the call rings on, or <c>@self</c>.</param>
    /// <param name="phoneCallId">The call, as listed by GET.</param>
    /// <param name="action"><c>action</c> (<c>PickUp</c>), <c>sendCallTo</c>, <c>phoneCallViewId</c>, optional <c>callerId</c> and <c>waitForPickup</c>.</param>
    [HttpPut]
    [ProducesResponseType<CreatedPhoneCall>(StatusCodes.Status202Accepted)]
    public IActionResult Update(string userId, string extension, string phoneCallId, [FromBody] PhoneCallAction action)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<Call, UapiError> picked = calls.PickUp(caller, userId, extension, phoneCallId, action);
        return picked.Succeeded
            ? Answer(StatusCodes.Status202Accepted, PhoneCallMapper.ToCreated(picked.Value, BaseUrl, userId, extension))
            : Error(picked.Error);
    }
}
