using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Actions on phone calls (PUT with a PhoneCallAction): on the call the path names, or on every call of the
/// extension. The answer is the vendor examples' 202 with <c>{"id","extension","link"}</c> (docs/decisions/0018).
/// </summary>
[Route("uapi/phoneCalls/{userId}/{extension}")]
[Tags("UnifiedAPI phone calls")]
public sealed class PhoneCallActionsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Acts on one call: PickUp, OnHold, OffHold, Park, UnPark, Transfer, TransferToVoicemail, BargeIn, Whisper, Monitor, StartRecording or StopRecording.</summary>
    /// <remarks>
    /// Vendor examples, each from the view <c>01</c> of the path's extension:
    /// <c>{"action":"OnHold","phoneCallViewId":"01"}</c>, <c>{"action":"Park","maxInParking":"30","phoneCallViewId":"01"}</c>,
    /// <c>{"action":"UnPark","sendCallTo":"0003*024","callerId":"John Doe &lt;42420042&gt;","waitForPickup":"20","phoneCallViewId":"01"}</c>,
    /// <c>{"action":"Transfer","sendCallTo":"3334444","transferFromNumber":"0003*024","transferNumber":"0003*210"}</c> (a public
    /// <c>sendCallTo</c> needs a call created with <c>allowPublicTransfer=true</c>),
    /// <c>{"action":"Whisper","sendCallTo":"0003*024","private":0,"callerId":"Whisper To Me &lt;42420042&gt;","waitForPickup":"20","phoneCallViewId":"01"}</c>,
    /// <c>{"action":"StartRecording","format":"wav","phoneCallViewId":"01"}</c>. Refused actions change nothing and answer
    /// 400 with the field's code and a message that names the view's state.
    /// </remarks>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or the numeric id of the user owning the extension.</param>
    /// <param name="extension">The extension whose view the action is taken from, or <c>@self</c>.</param>
    /// <param name="phoneCallId">The call, as listed by GET.</param>
    /// <param name="action">The PhoneCallAction: <c>action</c> and the fields it needs.</param>
    [HttpPut("{phoneCallId}")]
    [ProducesResponseType<CreatedPhoneCall>(StatusCodes.Status202Accepted)]
    public IActionResult Update(string userId, string extension, string phoneCallId, [FromBody] PhoneCallAction action)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<List<Call>, UapiError> acted = calls.Act(caller, userId, extension, phoneCallId, action);
        return acted.Succeeded
            ? Answer(StatusCodes.Status202Accepted, PhoneCallMapper.ToCreated(acted.Value.Single(), BaseUrl, userId, extension))
            : Error(acted.Error);
    }

    /// <summary>Acts on every call of the extension: OnHold, OffHold, Park, StartRecording or StopRecording, each from the extension's own view.</summary>
    /// <remarks>
    /// With <c>{"action":"OnHold"}</c> every call of the extension is put on hold. A call the action does not fit (one still
    /// ringing, for OnHold) is left as it is; 202 lists the calls changed, 204 says the extension has no call, and 400
    /// gives the reason of the first call when the action fits none. <c>phoneCallViewId</c>, when sent, picks the
    /// calls in which the extension's view has that id.
    /// </remarks>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or the numeric id of the user owning the extension.</param>
    /// <param name="extension">The extension whose calls to act on, or <c>@self</c> for every extension of the user.</param>
    /// <param name="action">The PhoneCallAction: <c>action</c> and the fields it needs.</param>
    [HttpPut]
    [ProducesResponseType<CreatedPhoneCall[]>(StatusCodes.Status202Accepted)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult UpdateAll(string userId, string extension, [FromBody] PhoneCallAction action)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<List<Call>, UapiError> acted = calls.Act(caller, userId, extension, phoneCallId: null, action);
        if (!acted.Succeeded)
        {
            return Error(acted.Error);
        }

        string baseUrl = BaseUrl;
        return acted.Value.Count == 0
            ? NoContent()
            : Answer(StatusCodes.Status202Accepted, acted.Value.Select(call => PhoneCallMapper.ToCreated(call, baseUrl, userId, extension)).ToArray());
    }
}
