using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Uapi;

[Route("uapi/phoneCalls/{userId}/conferenceInvite")]
[Tags("UnifiedAPI phone calls")]
public sealed class ConferenceInvitePhoneCallsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Invites a phone to a conference of a Conference extension: rings it, then brings it into the conference.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or the numeric id of the user owning the Conference extension.</param>
    /// <param name="payload">The PhoneCall: <c>extension</c> (the Conference extension) and one <c>phoneCallView</c> whose <c>source</c> is that extension and <c>destination</c> the phone to invite.</param>
    /// <param name="query"><c>waitForPickup</c>, <c>callDuration</c>, and the conference's <c>number</c> and <c>pin</c> (left out, the invitee is asked for them).</param>
    [HttpPost]
    [ProducesResponseType<CreatedPhoneCall[]>(StatusCodes.Status202Accepted)]
    public IActionResult Invite(string userId, [FromBody] ConferenceInvitePayload payload, [FromQuery] ConferenceInviteQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        return Created(calls.PlaceConferenceInvite(caller, userId, payload, query), userId, payload);
    }
}
