using System.Security.Cryptography;
using System.Text;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// With a control key configured, answers every <c>/emulator</c> request that does not carry it with a 401 problem.
/// The key comes in the <c>X-Emulator-Key</c> header, or in the <c>controlKey</c> query parameter for clients that
/// cannot set headers (a browser's <c>EventSource</c>); the header wins when both are sent. The dashboard's static
/// files (<see cref="DashboardPaths"/>) hold no data and load without it: the page then sends the key itself.
/// </summary>
public sealed class ControlKeyMiddleware(RequestDelegate next, string key)
{
    public const string Header = "X-Emulator-Key";

    public const string QueryParameter = "controlKey";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(EmulatorControlPaths.Prefix) || DashboardPaths.IsStaticFile(context.Request))
        {
            return next(context);
        }

        string? sent = context.Request.Headers[Header].FirstOrDefault() ?? context.Request.Query[QueryParameter].FirstOrDefault();
        if (sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key))
        {
            return next(context);
        }

        string detail = sent is null
            ? $"this emulator was started with a control key; send it in the {Header} header, or as ?{QueryParameter}= where a header cannot be set (the value of --control-key or Emulator:ControlKey)."
            : $"the {Header} header (or ?{QueryParameter}=) does not hold this emulator's control key; send the value of --control-key or Emulator:ControlKey.";
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }
}
