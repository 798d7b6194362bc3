namespace VoipUapi.Api.Emulator;

public static class EmulatorControlPaths
{
    /// <summary>Every route of the control API lives under this prefix.</summary>
    public const string Prefix = "/emulator";

    /// <summary>The detail of a 404 or 405 on a control-API path that no route serves; null for other paths and statuses.</summary>
    public static string? StatusDetail(HttpContext context)
    {
        string method = context.Request.Method;
        PathString path = context.Request.Path;
        if (!path.StartsWithSegments(Prefix))
        {
            return null;
        }

        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"{method} {path} is no route of the control API; see docs/control-api.md for the routes under /emulator.",
            StatusCodes.Status405MethodNotAllowed => $"{method} is not served on {path}; see docs/control-api.md for the methods of this route.",
            _ => null,
        };
    }
}
