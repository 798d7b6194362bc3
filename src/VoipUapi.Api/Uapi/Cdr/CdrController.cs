using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Listing;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>The call detail records: the ended calls the network's history retains, of a user, an organization or (Administrator) every one.</summary>
[Route("uapi/cdr")]
[Tags("UnifiedAPI CDR")]
public sealed class CdrController(CdrScope scope, UapiResolver resolver, TimeProvider time) : UapiControllerBase(resolver)
{
    /// <summary>Lists the call records of the app's own account (its user, its organization, or every call for an Administrator app).</summary>
    [HttpGet]
    [ProducesResponseType<CallRecordPage>(StatusCodes.Status200OK)]
    public IActionResult ListOwn([FromQuery] CdrQuery query) => Listed(null, query);

    /// <summary>
    /// Lists call records: the calls of a user's extensions, or of an organization; filtered by source, destination,
    /// dates (startDate/endDate on the start, saveStartDate/saveEndDate on the end; neither: the current month),
    /// disposition and flow; paged and sorted by start.
    /// </summary>
    /// <param name="userId"><c>@me</c>, a user id (12) or an organization id (3) the app may see.</param>
    [HttpGet("{userId}")]
    [ProducesResponseType<CallRecordPage>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, [FromQuery] CdrQuery query) => Listed(userId, query);

    private IActionResult Listed(string? userId, CdrQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<IReadOnlyList<Call>, UapiError> ended = scope.EndedCalls(caller, userId);
        if (!ended.Succeeded)
        {
            return Error(ended.Error);
        }

        Outcome<CallRecordFilter, UapiError> filter = CallRecordFilter.Of(query, Resolver.HomeOf(caller), time.GetUtcNow());
        if (!filter.Succeeded)
        {
            return Error(filter.Error);
        }

        List<Call> selected = [.. ended.Value.Where(filter.Value.Keeps).OrderBy(call => call.Published).ThenBy(call => call.Id.Value, StringComparer.Ordinal)];
        if (ListShape.IsDescending(query.SortOrder))
        {
            selected.Reverse();
        }

        CallRecordResource ToResource(Call call) => CallRecordMapper.ToResource(call, view => Resolver.CanSee(caller, view.Extension));
        return Answer(StatusCodes.Status200OK, CallRecordMapper.Page(selected, ToResource, query, filter.Value.Narrows, Request));
    }
}
