using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Uapi;

[Route("uapi/phoneCalls/{userId}/simple")]
[Tags("UnifiedAPI phone calls")]
public sealed class SimplePhoneCallsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Creates a simple phone call: rings the sources, then connects the first to answer to the destination.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id (Administrator and Organization apps must send the id).</param>
    /// <param name="payload">The PhoneCall: <c>extension</c> and one <c>phoneCallView</c> with <c>source</c> and <c>destination</c>.</param>
    /// <param name="query"><c>waitForPickup</c>, <c>callDuration</c>, <c>allowPublicTransfer</c>, <c>video</c>.</param>
    [HttpPost]
    [ProducesResponseType<CreatedPhoneCall[]>(StatusCodes.Status202Accepted)]
    public IActionResult Create(string userId, [FromBody] PhoneCallPayload payload, [FromQuery] CreateCallQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        return Created(calls.PlaceSimpleCall(caller, userId, payload, query), userId, payload);
    }
}
