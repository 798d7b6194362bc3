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
    [EnswitchParameter("customer", "ID of customer to create in; default: the customer of the authentication user.", Type = "integer")]
    [EnswitchConferenceFields]
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
    [EnswitchConferenceFields]
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
