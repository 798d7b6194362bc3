using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// A UnifiedAPI answer: the status and the body as JSON with <see cref="UapiJson.Options"/>. The vendor answers JSON
/// whatever the <c>Accept</c> header says, so the body is written directly rather than through content negotiation.
/// </summary>
public class UapiJsonResult(int status, object body) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(context.HttpContext, status, body);
    }

    /// <summary>Writes <paramref name="body"/> with <paramref name="status"/>, also where there is no action (an error outside any controller).</summary>
    public static Task WriteAsync(HttpContext http, int status, object body)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(body);
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(body, body.GetType(), UapiJson.Options, http.RequestAborted);
    }
}
