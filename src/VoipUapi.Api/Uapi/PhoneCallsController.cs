using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>Lists and hangs up the live calls of an extension (or of all the user's extensions, with <c>@self</c>).</summary>
[Route("uapi/phoneCalls/{userId}/{extension}")]
[Tags("UnifiedAPI phone calls")]
public sealed class PhoneCallsController(UapiPhoneCallService calls, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Lists the live phone calls of the extension, with the standard parameters count, startIndex, filterBy/filterOp/filterValue, sortOrder and fields.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>), or <c>@self</c> for every extension of the user.</param>
    [HttpGet]
    [ProducesResponseType<PhoneCallPage>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, string extension, [FromQuery] ListCallsQuery query) => Listed(userId, extension, phoneCallId: null, query);

    /// <summary>Shows one live phone call of the extension; an ended call has left the list (pc_phonecall_invalid).</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>), or <c>@self</c>.</param>
    /// <param name="phoneCallId">The call, as the create answered or the list shows it.</param>
    [HttpGet("{phoneCallId}")]
    [ProducesResponseType<PhoneCallPage>(StatusCodes.Status200OK)]
    public IActionResult Get(string userId, string extension, string phoneCallId, [FromQuery] ListCallsQuery query) => Listed(userId, extension, phoneCallId, query);

    /// <summary>Hangs up every live call of the extension; with phoneNumber, only that party of each.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>), or <c>@self</c>.</param>
    [HttpDelete]
    [ProducesResponseType<HungUpPhoneCall[]>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult HangUpAll(string userId, string extension, [FromQuery] HangUpQuery query) => HungUp(userId, extension, phoneCallId: null, query);

    /// <summary>Hangs up one live call; with phoneNumber, only that party (the call goes on while two parties remain).</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>), or <c>@self</c>.</param>
    /// <param name="phoneCallId">The call, as the create answered or the list shows it.</param>
    [HttpDelete("{phoneCallId}")]
    [ProducesResponseType<HungUpPhoneCall[]>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult HangUp(string userId, string extension, string phoneCallId, [FromQuery] HangUpQuery query) => HungUp(userId, extension, phoneCallId, query);

    private IActionResult Listed(string userId, string extension, string? phoneCallId, ListCallsQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        string baseUrl = BaseUrl;
        Func<CallView, bool> showsView = view => Resolver.CanSee(caller, view.Extension);
        PhoneCallResource ToResource(Call call) => PhoneCallMapper.ToResource(call, baseUrl, userId, showsView);
        if (phoneCallId is null && query.FilterBy is null && !UapiResolver.IsSelf(extension))
        {
            (int start, int count) = CallListing.PageOf(query);
            Outcome<(IReadOnlyList<Call> Page, int Total), UapiError> paged = calls.LiveCallPage(caller, userId, extension, start, count, query.SortOrder == "descending");
            return paged.Succeeded ? Answer(StatusCodes.Status200OK, CallListing.Page(paged.Value.Page, paged.Value.Total, ToResource, query, Request)) : Error(paged.Error);
        }

        Outcome<List<Call>, UapiError> live = calls.LiveCalls(caller, userId, extension, phoneCallId);
        return live.Succeeded ? Answer(StatusCodes.Status200OK, CallListing.Collect(live.Value, ToResource, query, Request)) : Error(live.Error);
    }

    private IActionResult HungUp(string userId, string extension, string? phoneCallId, HangUpQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<List<Call>, UapiError> hungUp = calls.HangUp(caller, userId, extension, phoneCallId, query.PhoneNumber);
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
