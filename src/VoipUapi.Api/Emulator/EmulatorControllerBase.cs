using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Emulator.Validation;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// What every control-API controller shares: plain JSON in and out (bodies of any Content-Type, answers with
/// <see cref="ControlJson"/>'s settings: both set by the control API's <c>DialectConvention</c>), no authentication
/// but the optional control key, and RFC 7807 problem details for every refusal.
/// </summary>
[ApiController]
[ValidateControlRequest]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
public abstract class EmulatorControllerBase : PlainController
{
    /// <summary>The OpenAPI tag of every control-API operation (each controller names it: tags are not inherited).</summary>
    public const string Tag = "Emulator control";

    /// <summary>The outcome's value with 200, or its problem.</summary>
    protected IActionResult Answer<T>(Outcome<T, ControlProblem> outcome) => outcome.Succeeded ? Ok(outcome.Value) : Refuse(outcome.Error);

    protected ObjectResult Refuse(ControlProblem problem) => Problem(statusCode: problem.Status, detail: problem.Detail);

    protected ObjectResult Problem(int statusCode, string detail, string? title = null) => ControlProblemAnswer.Of(HttpContext, statusCode, detail, title);
}
