using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>Lists and hangs up the live calls of an extension (or of all the user's extensions, with <c>@self</c>).</summary>
[Route("uapi/phoneCalls/{userId}/{extension}")]
[Tags("UnifiedAPI phone calls")]
public sealed class PhoneCallsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Lists live phone calls, with the standard parameters count, startIndex, filterBy/filterOp/filterValue, sortOrder and fields.</summary>
    [HttpGet]
    [HttpGet("{phoneCallId}")]
    [ProducesResponseType<PhoneCallPage>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, string extension, string? phoneCallId, [FromQuery] ListCallsQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        UapiOutcome<List<Call>> live = calls.LiveCalls(caller, userId, extension, phoneCallId);
        if (!live.Succeeded)
        {
            return Error(live.Error);
        }

        string baseUrl = BaseUrl;
        List<PhoneCallResource> resources = live.Value
            .Select(call => PhoneCallMapper.ToResource(call, baseUrl, userId, view => Resolver.CanSee(caller, view.Extension)))
            .ToList();
        return Answer(StatusCodes.Status200OK, CallListing.Collect(resources, query, Request));
    }

    /// <summary>Hangs up the call (or every call of the extension); with <c>phoneNumber</c>, only that party.</summary>
    [HttpDelete]
    [HttpDelete("{phoneCallId}")]
    [ProducesResponseType<HungUpPhoneCall[]>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult HangUp(string userId, string extension, string? phoneCallId, [FromQuery] HangUpQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        UapiOutcome<List<Call>> hungUp = calls.HangUp(caller, userId, extension, phoneCallId, query.PhoneNumber);
        if (!hungUp.Succeeded)
        {
            return Error(hungUp.Error);
        }

        string baseUrl = BaseUrl;
        return hungUp.Value.Count == 0
            ? NoContent()
            : Answer(StatusCodes.Status200OK, hungUp.Value.Select(call => PhoneCallMapper.ToHungUp(call, baseUrl, userId, call.Extension.ToString())).ToArray());
    }
}
