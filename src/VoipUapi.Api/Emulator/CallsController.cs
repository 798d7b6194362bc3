using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Emulator;

/// <summary>Calls from the public network, and the history of every call with its timeline.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/calls")]
public sealed class CallsController(EmulatorCallService calls) : EmulatorControllerBase
{
    /// <summary>Live and ended calls, newest first; filters <c>state=live|ended</c>, <c>number=</c> (a party or the charged extension), <c>since=</c> (published at or after).</summary>
    /// <remarks>Ended calls are kept for the last <c>Telephony:HistoryCapacity</c> calls and until a reset.</remarks>
    [HttpGet]
    [ProducesResponseType<CallListResource>(StatusCodes.Status200OK, "application/json")]
    public CallListResource List([FromQuery] CallQuery query) => calls.History(query);

    /// <summary>One live or ended call: legs, views, disposition, durations and its timeline of events.</summary>
    /// <remarks>The timeline holds what the event log still retains (<c>Telephony:EventLogCapacity</c> events); <c>timelineComplete</c> says whether it starts with the call's publication.</remarks>
    [HttpGet("{id}")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Get(string? id) => Answer(calls.Find(id ?? string.Empty));

    /// <summary>Ends the live call at once, as if every party hung up; 409 when it has already ended.</summary>
    /// <remarks>The call ends <c>answered</c> once connected, else <c>noAnswer</c>, as a UnifiedAPI hang-up does.</remarks>
    [HttpPost("{id}/hangup")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult HangUp(string? id) => Answer(calls.HangUp(id ?? string.Empty));

    /// <summary>A caller of the public network dials an extension: the caller is on the line at once, the extension rings as its behaviour says.</summary>
    [HttpPost("inbound")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult PlaceInbound([FromBody] InboundCallRequest request)
    {
        Outcome<EmulatorCallResource, ControlProblem> placed = calls.PlaceInbound(request);
        return placed.Succeeded
            ? new CreatedResult($"/emulator/calls/{placed.Value.Id}", placed.Value)
            : Refuse(placed.Error);
    }
}
