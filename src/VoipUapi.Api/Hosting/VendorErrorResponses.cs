using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Errors that happen outside a controller (no route, wrong method, a body too large, a fault) still answer in the
/// envelope of the API the path belongs to, chosen from the <see cref="ErrorEnvelopeTable"/> that each dialect's
/// registration fills: <c>AddUapi</c> gives <c>/uapi</c> and <c>/oauth</c>, <c>AddEmulatorControl</c> gives
/// <c>/emulator</c>, and every other path gets problem details.
/// </summary>
public static class VendorErrorResponses
{
    /// <summary>The header of a 500 that carries the id its log line is written with.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>
    /// Answers the errors outside any controller under <paramref name="prefix"/> with <paramref name="write"/>. A new
    /// dialect adds its own in one line of its registration, e.g.
    /// <c>services.AddErrorEnvelope("/api/json", EnswitchHostErrors.WriteAsync)</c>.
    /// </summary>
    public static IServiceCollection AddErrorEnvelope(this IServiceCollection services, PathString prefix, HostErrorWriter write) =>
        services.Configure<ErrorEnvelopeTable>(table => table.Add(prefix, write));

    public static WebApplication UseVendorErrors(this WebApplication app)
    {
        ErrorEnvelopeTable envelopes = app.Services.GetRequiredService<IOptions<ErrorEnvelopeTable>>().Value;
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => WriteAsync(envelopes, context, ErrorOf(context.Features.Get<IExceptionHandlerFeature>()?.Error, context)),
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(context => WriteAsync(envelopes, context.HttpContext, StatusErrorOf(context.HttpContext)));
        return app;
    }

    private static HostError ErrorOf(Exception? error, HttpContext context) => error switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(HostErrorKind.BodyTooLarge,
            StatusCodes.Status413PayloadTooLarge, "the request body is larger than the emulator accepts; send a smaller body."),
        BadHttpRequestException bad => new(HostErrorKind.UnreadableRequest,
            StatusCodes.Status400BadRequest, $"the request could not be read ({bad.Message}); send a well-formed HTTP request."),
        _ => Fault(context, error, StatusCodes.Status500InternalServerError),
    };

    private static HostError StatusErrorOf(HttpContext context)
    {
        string method = context.Request.Method;
        string path = context.Request.Path.Value ?? "/";
        return context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => new(HostErrorKind.NoRoute,
                StatusCodes.Status404NotFound, $"{method} {path} is no route of the emulator; see docs/api-coverage.md for the routes it serves."),
            StatusCodes.Status405MethodNotAllowed => new(HostErrorKind.MethodNotAllowed,
                StatusCodes.Status405MethodNotAllowed, $"{method} is not served on {path}; see docs/api-coverage.md for the methods of this route."),
            >= StatusCodes.Status500InternalServerError and var status => Fault(context, error: null, status),
            int status => new(HostErrorKind.OtherStatus, status, $"the request was refused with HTTP {status}."),
        };
    }

    /// <summary>A bug of the emulator: logged with a correlation id that the answer carries in a header and in its message, so that it can be reported.</summary>
    private static HostError Fault(HttpContext context, Exception? error, int status)
    {
        string correlationId = context.TraceIdentifier;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VendorErrorResponses).FullName!).LogError(
            error, "Emulator fault {CorrelationId}: {RequestMethod} {RequestPath} answered {StatusCode}", correlationId, context.Request.Method, context.Request.Path.Value, status);
        context.Response.Headers[CorrelationHeader] = correlationId;
        return new(HostErrorKind.Fault, status, $"this is a bug of the emulator; please report it with correlation id {correlationId}, which its log names the error with.");
    }

    private static Task WriteAsync(ErrorEnvelopeTable envelopes, HttpContext context, HostError error)
    {
        context.Response.StatusCode = error.Status;
        return envelopes.For(context.Request.Path)(context, error);
    }
}
