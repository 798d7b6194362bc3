using System.Security.Cryptography;
using System.Text;

namespace VoipUapi.Api.Emulator;

/// <summary>With a control key configured, answers every <c>/emulator</c> request without the right <c>X-Emulator-Key</c> header with a 401 problem.</summary>
public sealed class ControlKeyMiddleware(RequestDelegate next, string key)
{
    public const string Header = "X-Emulator-Key";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(key);

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(EmulatorControlPaths.Prefix))
        {
            return next(context);
        }

        string? sent = context.Request.Headers[Header].FirstOrDefault();
        if (sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), _key))
        {
            return next(context);
        }

        string detail = sent is null
            ? $"this emulator was started with a control key; send it in the {Header} header (the value of --control-key or Emulator:ControlKey)."
            : $"the {Header} header does not hold this emulator's control key; send the value of --control-key or Emulator:ControlKey.";
        return Results.Problem(detail: detail, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }
}
