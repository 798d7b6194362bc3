using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Swagger;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>The <c>conferences</c> section of the Enswitch JSON API: GET with a query string, or POST with a form body.</summary>
[Route("api/json/conferences")]
[Tags("Enswitch conferences")]
public sealed class EnswitchConferencesController(EnswitchGate gate, EnswitchConferenceService conferences) : EnswitchControllerBase(gate)
{
    /// <summary>Creates a conference on the customer's Conference extension; data <c>{"id":N}</c>. A UAPI conference invite with number = code joins it.</summary>
    [HttpGet("create")]
    [HttpPost("create")]
    [EnswitchParameter("code", "Conference code, 1 to 10 digits. Must be unique in the customer.", Required = true, Example = "123456")]
    [EnswitchParameter("adminpin", "PIN to enter as administrator. At least one PIN must be set; no two PINs may be identical.")]
    [EnswitchParameter("talkpin", "PIN to enter as talker.", Example = "234567")]
    [EnswitchParameter("listenpin", "PIN to enter as listener.")]
    [EnswitchParameter("callerid", "Callerid to send on notification calls.")]
    [EnswitchParameter("count", "Number of recurring conferences (1 to 1000; more than 1 needs repeats).", Type = "integer")]
    [EnswitchParameter("customer", "ID of customer to create in; default: the customer of the authentication user.", Type = "integer")]
    [EnswitchParameter("description", "Description.")]
    [EnswitchParameter("duration", "Duration of conference in minutes. 0 for no limit.", Type = "integer")]
    [EnswitchParameter("maximum", "Maximum number of people in conference. 0 for no limit.", Type = "integer")]
    [EnswitchParameter("owner", "ID of owner (a person of the customer). 0 for none.", Type = "integer")]
    [EnswitchParameter("panel", "1 to show in control panel, 0 not to.", Type = "integer")]
    [EnswitchParameter("play_join", "1 to play tone when new person joins, 0 not to.", Type = "integer")]
    [EnswitchParameter("play_music", "1 to play music to first caller, 0 not to.", Type = "integer")]
    [EnswitchParameter("record_name", "1 to ask callers to record their names, 0 not to.", Type = "integer")]
    [EnswitchParameter("repeats", "daily, weekly, 2_weekly, monthly, 2_monthly, or empty for does not repeat.")]
    [EnswitchParameter("wait_music", "1 to play music to all callers until an administrator joins, 0 not to.", Type = "integer")]
    [EnswitchParameter("year", "Year of first conference (UTC); 0 for no date.", Type = "integer")]
    [EnswitchParameter("month", "Month of first conference, 1 to 12.", Type = "integer")]
    [EnswitchParameter("day", "Day of first conference, 1 to 31.", Type = "integer")]
    [EnswitchParameter("hour", "Hour of first conference, 0 to 23.", Type = "integer")]
    [EnswitchParameter("minute", "Minute of first conference, 0 to 59.", Type = "integer")]
    [EnswitchParameter("validation", "1 to validate input then return (code 201), 0 for full action.", Type = "integer")]
    public Task<IActionResult> Create() => RunAsync(EnswitchFunctions.ConferencesCreate, conferences.Create);

    /// <summary>Gets the fields of a conference, by id or by code.</summary>
    [HttpGet("get")]
    [HttpPost("get")]
    [EnswitchParameter("id", "ID of conference to get. Give id or code, not both.", Type = "integer", Example = "2")]
    [EnswitchParameter("code", "Code of conference to get.")]
    public Task<IActionResult> Get() => RunAsync(EnswitchFunctions.ConferencesGet, conferences.Get);

    /// <summary>Lists the conferences of a customer (inferred: the vendor's page was not found).</summary>
    [HttpGet("list")]
    [HttpPost("list")]
    [EnswitchParameter("customer", "ID of customer; default: the customer of the authentication user.", Type = "integer")]
    public Task<IActionResult> List() => RunAsync(EnswitchFunctions.ConferencesList, conferences.List);

    /// <summary>Updates a conference; every parameter left out keeps its current value.</summary>
    [HttpGet("update")]
    [HttpPost("update")]
    [EnswitchParameter("id", "ID of conference to update.", Type = "integer", Required = true, Example = "1")]
    [EnswitchParameter("code", "Conference code.")]
    [EnswitchParameter("adminpin", "PIN to enter as administrator.")]
    [EnswitchParameter("talkpin", "PIN to enter as talker.")]
    [EnswitchParameter("listenpin", "PIN to enter as listener.")]
    [EnswitchParameter("callerid", "Callerid to send on notification calls.")]
    [EnswitchParameter("count", "Number of recurring conferences.", Type = "integer")]
    [EnswitchParameter("description", "Description.", Example = "Weekly review")]
    [EnswitchParameter("duration", "Duration of conference in minutes. 0 for no limit.", Type = "integer")]
    [EnswitchParameter("maximum", "Maximum number of people in conference. 0 for no limit.", Type = "integer")]
    [EnswitchParameter("owner", "ID of owner. 0 for none.", Type = "integer")]
    [EnswitchParameter("panel", "1 to show in control panel, 0 not to.", Type = "integer")]
    [EnswitchParameter("play_join", "1 to play tone when new person joins, 0 not to.", Type = "integer")]
    [EnswitchParameter("play_music", "1 to play music to first caller, 0 not to.", Type = "integer")]
    [EnswitchParameter("record_name", "1 to ask callers to record their names, 0 not to.", Type = "integer")]
    [EnswitchParameter("repeats", "daily, weekly, 2_weekly, monthly, 2_monthly.")]
    [EnswitchParameter("wait_music", "1 to play music to all callers until an administrator joins, 0 not to.", Type = "integer")]
    [EnswitchParameter("year", "Year of first conference.", Type = "integer")]
    [EnswitchParameter("month", "Month of first conference, 1 to 12.", Type = "integer")]
    [EnswitchParameter("day", "Day of first conference, 1 to 31.", Type = "integer")]
    [EnswitchParameter("hour", "Hour of first conference, 0 to 23.", Type = "integer")]
    [EnswitchParameter("minute", "Minute of first conference, 0 to 59.", Type = "integer")]
    [EnswitchParameter("validation", "1 to validate input then return (code 201), 0 for full action.", Type = "integer")]
    public Task<IActionResult> Update() => RunAsync(EnswitchFunctions.ConferencesUpdate, conferences.Update);

    /// <summary>Deletes a conference (inferred page); participants already in its room stay until they leave.</summary>
    [HttpGet("delete")]
    [HttpPost("delete")]
    [EnswitchParameter("id", "ID of conference to delete.", Type = "integer", Required = true, Example = "1")]
    public Task<IActionResult> Delete() => RunAsync(EnswitchFunctions.ConferencesDelete, conferences.Delete);

    /// <summary>A conference code no conference of the customer has; data <c>{"code":"100000"}</c>.</summary>
    [HttpGet("unused/code")]
    [HttpPost("unused/code")]
    [EnswitchParameter("customer", "ID of customer; default: the customer of the authentication user.", Type = "integer")]
    public Task<IActionResult> UnusedCode() => RunAsync(EnswitchFunctions.ConferencesUnusedCode, conferences.UnusedCode);
}
