using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Enswitch;

/// <summary>
/// The Enswitch envelope for what happens under <c>/api/json</c> outside a function: an unknown function (code 404),
/// a method other than GET and POST (405), an unreadable request (400) and a fault (500, with the trace id the log names).
/// </summary>
public static class EnswitchErrorResponses
{
    public static bool Owns(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(EnswitchRegistration.PathPrefix);
    }

    public static Task WriteStatusAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string function = context.Request.Path.Value![EnswitchRegistration.PathPrefix.Length..].Trim('/');
        EnswitchEnvelope answer = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => EnswitchEnvelope.Failed(EnswitchCodes.NotFound,
                $"there is no function '{EnswitchInput.Shown(function)}'; send one of those docs/api-coverage.md lists, such as /api/json/conferences/create/ or /api/json/calls/active/list/."),
            StatusCodes.Status405MethodNotAllowed => EnswitchEnvelope.Failed(EnswitchCodes.MethodNotAllowed,
                $"{context.Request.Method} is not accepted; send GET with the parameters in the query string, or POST with them in a form body."),
            int status => EnswitchEnvelope.Failed(status, $"the request was refused with HTTP {status}."),
        };
        return EnswitchResult.WriteAsync(context, answer);
    }

    public static Task WriteExceptionAsync(HttpContext context, Exception? error)
    {
        ArgumentNullException.ThrowIfNull(context);
        EnswitchEnvelope answer = error is BadHttpRequestException bad
            ? EnswitchEnvelope.Failed(EnswitchCodes.Invalid, $"the request could not be read ({bad.Message}); send a well-formed HTTP request.")
            : EnswitchEnvelope.Failed(EnswitchCodes.Fault, $"the emulator failed; its log names the error with trace id {context.TraceIdentifier}.");
        return EnswitchResult.WriteAsync(context, answer);
    }
}
