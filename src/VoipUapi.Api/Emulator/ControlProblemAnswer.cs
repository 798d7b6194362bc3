using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace VoipUapi.Api.Emulator;

/// <summary>The control API's RFC 7807 answer, made by MVC's <see cref="ProblemDetailsFactory"/> (the status's type link, the trace id).</summary>
public static class ControlProblemAnswer
{
    public static ObjectResult Of(HttpContext context, int status, string detail, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ProblemDetails problem = context.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateProblemDetails(context, status, title, detail: detail);
        return new ObjectResult(problem) { StatusCode = problem.Status };
    }
}
