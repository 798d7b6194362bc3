using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// A UnifiedAPI answer: the status and the body as JSON with MVC's serializer settings. The vendor answers JSON
/// whatever the <c>Accept</c> header says, so the body is written directly rather than through content negotiation.
/// </summary>
public class UapiJsonResult(int status, object body) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpContext http = context.HttpContext;
        http.Response.StatusCode = status;
        JsonOptions json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value;
        return http.Response.WriteAsJsonAsync(body, body.GetType(), json.JsonSerializerOptions, http.RequestAborted);
    }
}
