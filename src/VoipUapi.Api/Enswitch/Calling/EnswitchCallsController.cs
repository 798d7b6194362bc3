using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Swagger;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>The <c>calls</c> section: the live calls of the network that involve the customer, hang-up, click-to-call.</summary>
[Route("api/json/calls")]
[Tags("Enswitch calls")]
public sealed class EnswitchCallsController(EnswitchGate gate, EnswitchCallService calls, EnswitchCallMaker maker) : EnswitchControllerBase(gate)
{
    /// <summary>The live calls of the customer, one row per ringing or answered leg, conference legs included.</summary>
    [HttpGet("active/list")]
    [HttpPost("active/list")]
    [EnswitchParameter("customer", "A customer id, \"all\" (yours and the ones directly below), \"recursive\" or \"system\"; default: your own.")]
    [EnswitchParameter("recursive", "1 to include the customers below the one given.", Type = "integer")]
    [EnswitchParameter("count", "1 to return {\"count\":N} instead of rows.", Type = "integer")]
    [EnswitchParameter("direction", "\"\" all, \"in\", \"internal\", \"in_out\" or \"out\".")]
    [EnswitchParameter("sort", "start (default), cnumber, ctype, direction, dnumber, dtype, machine, peer, scustomer, snumber, stype or uniqueid.")]
    [EnswitchParameter("descending", "1 to sort descending.", Type = "integer")]
    [EnswitchParameter("names", "1 to add sname, cname and dname.", Type = "integer")]
    [EnswitchParameter("callid", "Only the legs of this call.")]
    [EnswitchParameter("phone", "Only calls from this telephone line.")]
    [EnswitchParameter("stype", "Source type: phone, conference, queue, ivr, voicemail or external.")]
    [EnswitchParameter("smatch", "contains (default), exact, starts or ends.")]
    [EnswitchParameter("snumber", "Source number to match.")]
    [EnswitchParameter("ctype", "Called type.")]
    [EnswitchParameter("cmatch", "contains (default), exact, starts or ends.")]
    [EnswitchParameter("cnumber", "Called number to match.")]
    [EnswitchParameter("dtype", "Destination type.")]
    [EnswitchParameter("dmatch", "contains (default), exact, starts or ends.")]
    [EnswitchParameter("dnumber", "Destination number to match.")]
    [EnswitchParameter("callername_match", "contains (default), exact, starts or ends.")]
    [EnswitchParameter("callername_number", "Caller id (name <number>, as callerid_internal shows it) to match.")]
    public Task<IActionResult> ActiveList() => RunAsync(EnswitchFunctions.CallsActiveList, calls.ActiveList);

    /// <summary>The panel's list: every row of one customer's live calls, by start (the rows of calls/active/list, no filter).</summary>
    [HttpGet("active/list/panel")]
    [HttpPost("active/list/panel")]
    [EnswitchParameter("customer", "ID of customer; default: the customer of the authentication user.", Type = "integer")]
    public Task<IActionResult> ActivePanel() => RunAsync(EnswitchFunctions.CallsActivePanel, calls.ActivePanel);

    /// <summary>Hangs up a call (callid) or one leg of it (uniqueid); code 204.</summary>
    [HttpGet("hangup")]
    [HttpPost("hangup")]
    [EnswitchParameter("callid", "The call to hang up, as calls/active/list gives it. Give callid or uniqueid, not both.")]
    [EnswitchParameter("uniqueid", "The leg to hang up, as calls/active/list gives it.")]
    public Task<IActionResult> HangUp() => RunAsync(EnswitchFunctions.CallsHangUp, calls.HangUp);

    /// <summary>Click-to-call: rings snumber, then connects it to cnumber (ctype=conference: brings it into that conference).</summary>
    [HttpGet("make")]
    [HttpPost("make")]
    [EnswitchParameter("snumber", "Line or number to ring first.", Required = true, Example = "210")]
    [EnswitchParameter("stype", "\"phone\": snumber is a telephone line; empty: any number.")]
    [EnswitchParameter("cnumber", "Number to connect snumber to once it answers (a conference code with ctype=conference).", Required = true, Example = "2125551234")]
    [EnswitchParameter("ctype", "\"phone\", \"conference\", or empty: any number.")]
    [EnswitchParameter("customer", "ID of customer; default: the customer of the authentication user.", Type = "integer")]
    [EnswitchParameter("callerid1", "Caller id shown on the first leg.")]
    [EnswitchParameter("callerid2", "Caller id shown on the second leg.")]
    [EnswitchParameter("delay", "Seconds to wait before calling (0 to 3600).", Type = "integer")]
    [EnswitchParameter("wait", "More than 0: answer {\"server\",\"callid\"} instead of code 204.", Type = "integer")]
    [EnswitchParameter("cdialplan", "\"auto\" or empty (accepted; numbers are read in the customer's terms either way).")]
    [EnswitchParameter("card", "Card to bill (accepted, not billed).")]
    [EnswitchParameter("answer1", "1 to request auto-answer on leg 1 (accepted; phones follow their rules).", Type = "integer")]
    [EnswitchParameter("answer2", "1 to request auto-answer on leg 2 (accepted; phones follow their rules).", Type = "integer")]
    [EnswitchParameter("recordgroup", "Record group id, 0 for none (accepted, not recorded).", Type = "integer")]
    [EnswitchParameter("screen1", "Call screening on leg 1 (accepted, no effect).", Type = "integer")]
    [EnswitchParameter("screen2", "Call screening on leg 2 (accepted, no effect).", Type = "integer")]
    [EnswitchParameter("warn1", "Cutoff warning on leg 1 (accepted, no effect).", Type = "integer")]
    [EnswitchParameter("warn2", "Cutoff warning on leg 2 (accepted, no effect).", Type = "integer")]
    public Task<IActionResult> Make() => RunAsync(EnswitchFunctions.CallsMake, maker.Make);
}
