using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator;

/// <summary>The problem details of the errors outside any controller under <c>/emulator</c>, pointing at docs/control-api.md.</summary>
public static class ControlHostErrors
{
    public static Task WriteAsync(HttpContext context, HostError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        string method = context.Request.Method;
        PathString path = context.Request.Path;
        string detail = error.Kind switch
        {
            HostErrorKind.NoRoute => $"{method} {path} is no route of the control API; see docs/control-api.md for the routes under {EmulatorControlPaths.Prefix}.",
            HostErrorKind.MethodNotAllowed => $"{method} is not served on {path}; see docs/control-api.md for the methods of this route.",
            HostErrorKind.BodyTooLarge => $"the request body is larger than the control API accepts ({ControlJson.MaxBodyBytes} bytes); send a smaller body.",
            _ => error.Detail,
        };
        return ErrorEnvelopeTable.WriteProblemAsync(context, error with { Detail = detail });
    }
}
