using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Swagger;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>The <c>conferences/notifications</c> functions: who is told just before a conference starts.</summary>
[Route("api/json/conferences/notifications")]
[Tags("Enswitch conferences")]
public sealed class EnswitchConferenceNotificationsController(EnswitchGate gate, EnswitchNotificationService notifications) : EnswitchControllerBase(gate)
{
    /// <summary>Adds a notification to a conference (code 204).</summary>
    [HttpGet("create")]
    [HttpPost("create")]
    [EnswitchParameter("conference", "ID of the conference. Give conference or code, not both.", Type = "integer", Example = "1")]
    [EnswitchParameter("code", "Code of the conference.")]
    [EnswitchParameter("type", "\"number\" or \"email\".", Required = true, Example = "number")]
    [EnswitchParameter("destination", "Number or e-mail address to notify.", Required = true, Example = "2125551234")]
    [EnswitchParameter("level", "\"admin\", \"talk\" or \"listen\": the access the notified person gets.", Required = true, Example = "talk")]
    [EnswitchParameter("validation", "1 to validate input then return (code 201), 0 for full action.", Type = "integer")]
    public Task<IActionResult> Create() => RunAsync(EnswitchFunctions.NotificationsCreate, notifications.Create);

    /// <summary>Lists the notifications of a conference (inferred page).</summary>
    [HttpGet("list")]
    [HttpPost("list")]
    [EnswitchParameter("conference", "ID of the conference. Give conference or code, not both.", Type = "integer", Example = "1")]
    [EnswitchParameter("code", "Code of the conference.")]
    public Task<IActionResult> List() => RunAsync(EnswitchFunctions.NotificationsList, notifications.List);

    /// <summary>Deletes a notification (inferred page; code 204).</summary>
    [HttpGet("delete")]
    [HttpPost("delete")]
    [EnswitchParameter("id", "ID of the notification.", Type = "integer", Required = true, Example = "1")]
    public Task<IActionResult> Delete() => RunAsync(EnswitchFunctions.NotificationsDelete, notifications.Delete);
}
