using Microsoft.AspNetCore.Diagnostics;
using VoipUapi.Api.Auth;
using VoipUapi.Api.Emulator;
using VoipUapi.Api.Uapi;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Errors that happen outside a controller (no route, wrong method, a body too large, a fault) still answer in the
/// envelope of the API the path belongs to: UAPI under <c>/uapi</c>, OAuth under <c>/oauth</c>, problem details elsewhere.
/// </summary>
public static class VendorErrorResponses
{
    /// <summary>The header of a 500 that carries the id its log line is written with.</summary>
    public const string CorrelationHeader = "X-Correlation-Id";

    public static WebApplication UseVendorErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteExceptionAsync,
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(context => WriteStatusAsync(context.HttpContext));
        return app;
    }

    private static Task WriteExceptionAsync(HttpContext context)
    {
        Exception? error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        UapiError uapi = error switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => UapiErrors.For(UapiErrorCodes.RequestTooLarge,
                $"the request body is larger than the emulator accepts; send a smaller body (limit: Uapi:MaxRequestBodyBytes in docs/configuration.md)."),
            BadHttpRequestException bad => UapiErrors.For(UapiErrorCodes.RequestInvalid, $"the request could not be read ({bad.Message}); send a well-formed HTTP request."),
            _ => Fault(context, error, StatusCodes.Status500InternalServerError),
        };
        return WriteAsync(context, uapi);
    }

    private static Task WriteStatusAsync(HttpContext context)
    {
        if (EmulatorControlPaths.StatusDetail(context) is { } control)
        {
            return Results.Problem(detail: control, statusCode: context.Response.StatusCode).ExecuteAsync(context);
        }

        string method = context.Request.Method;
        string path = context.Request.Path.Value ?? "/";
        UapiError uapi = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => UapiErrors.RouteNotFound(method, path),
            StatusCodes.Status405MethodNotAllowed => UapiErrors.RouteMethodNotAllowed(method, path),
            >= StatusCodes.Status500InternalServerError and var status => Fault(context, error: null, status),
            int status => UapiErrors.For(UapiErrorCodes.RequestInvalid, $"the request was refused with HTTP {status}.") with { Status = status },
        };
        return WriteAsync(context, uapi);
    }

    /// <summary>A bug of the emulator: logged with a correlation id that the answer carries in a header and in its message, so that it can be reported.</summary>
    private static UapiError Fault(HttpContext context, Exception? error, int status)
    {
        string correlationId = context.TraceIdentifier;
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(VendorErrorResponses).FullName!).LogError(
            error, "Emulator fault {CorrelationId}: {RequestMethod} {RequestPath} answered {StatusCode}", correlationId, context.Request.Method, context.Request.Path.Value, status);
        context.Response.Headers[CorrelationHeader] = correlationId;
        return UapiErrors.For(UapiErrorCodes.Internal, $"this is a bug of the emulator; please report it with correlation id {correlationId}, which its log names the error with.")
            with { Status = status };
    }

    private static Task WriteAsync(HttpContext context, UapiError error)
    {
        context.Response.StatusCode = error.Status;
        PathString path = context.Request.Path;
        if (path.StartsWithSegments("/oauth"))
        {
            string code = error.Status >= 500 ? "server_error" : "invalid_request";
            return context.Response.WriteAsJsonAsync(new OAuthErrorResponse(code, error.Message));
        }

        if (path.StartsWithSegments("/uapi"))
        {
            return context.Response.WriteAsJsonAsync(UapiErrorEnvelope.From(error));
        }

        return Results.Problem(detail: error.Message, statusCode: error.Status).ExecuteAsync(context);
    }
}
