using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Uapi;

/// <summary>Creates two-party phone calls: simple (the sources ring first) and callback (the destination rings first).</summary>
[Route("uapi/phoneCalls/{userId}")]
[Tags("UnifiedAPI phone calls")]
public sealed class TwoPartyPhoneCallsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Creates a simple phone call: rings the sources, then connects the first to answer to the destination.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id (Administrator and Organization apps must send the id).</param>
    /// <param name="payload">The PhoneCall: <c>extension</c> and one <c>phoneCallView</c> with <c>source</c> and <c>destination</c>.</param>
    /// <param name="query"><c>waitForPickup</c>, <c>callDuration</c>, <c>allowPublicTransfer</c>, <c>video</c>.</param>
    [HttpPost("simple")]
    [ProducesResponseType<CreatedPhoneCall[]>(StatusCodes.Status202Accepted)]
    public IActionResult Create(string userId, [FromBody] PhoneCallPayload payload, [FromQuery] CreateCallQuery query) =>
        Caller is { } caller ? Created(calls.PlaceSimpleCall(caller, userId, payload, query), userId, payload) : UnknownApp();

    /// <summary>
    /// Creates a callback call: rings the destination first, then, once it answers, the sources (the first to answer is
    /// connected). The same request, parameters and answer as a simple call.
    /// </summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id (Administrator and Organization apps must send the id).</param>
    /// <param name="payload">The PhoneCall: <c>extension</c> and one <c>phoneCallView</c> with <c>source</c> (rung second) and <c>destination</c> (rung first).</param>
    /// <param name="query"><c>waitForPickup</c>, <c>callDuration</c>, <c>allowPublicTransfer</c>, <c>video</c>.</param>
    [HttpPost("callback")]
    [ProducesResponseType<CreatedPhoneCall[]>(StatusCodes.Status202Accepted)]
    public IActionResult Callback(string userId, [FromBody] PhoneCallPayload payload, [FromQuery] CreateCallQuery query) =>
        Caller is { } caller ? Created(calls.PlaceCallbackCall(caller, userId, payload, query), userId, payload) : UnknownApp();
}
