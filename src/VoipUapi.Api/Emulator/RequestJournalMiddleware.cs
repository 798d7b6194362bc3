using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Puts every vendor API request (<c>/uapi</c>, <c>/oauth</c>, <c>/api/json</c>, <c>/api/v2</c>) in the
/// <see cref="RequestJournal"/> once it has been answered. The body is buffered so that the endpoint still reads it
/// whole; the journal reads only its first <see cref="RequestJournal.BodyCaptureBytes"/> bytes. Headers and responses
/// are never kept.
/// </summary>
public sealed class RequestJournalMiddleware(RequestDelegate next, RequestJournal journal, TimeProvider time)
{
    private static readonly PathString[] JournaledPrefixes = ["/uapi", "/oauth", "/api/json", "/api/v2"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsJournaled(context.Request.Path) ? JournalAsync(context) : next(context);
    }

    public static bool IsJournaled(PathString path)
    {
        foreach (PathString prefix in JournaledPrefixes)
        {
            if (path.StartsWithSegments(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private async Task JournalAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        DateTimeOffset at = time.GetUtcNow();
        (string? body, bool truncated) = await CaptureBodyAsync(context);
        int? failedWith = null;
        try
        {
            await next(context);
        }
        catch
        {
            failedWith = context.Response.HasStarted ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;
            throw;
        }
        finally
        {
            string? query = request.QueryString.Value is { Length: > 1 } raw ? SecretRedactor.RedactForm(raw[1..]) : null;
            journal.Add(at, request.Method, request.Path.Value ?? "/", query, request.ContentType, body, truncated,
                failedWith ?? context.Response.StatusCode);
        }
    }

    /// <summary>The body's first bytes as redacted text, and whether there was more; the body is rewound for the endpoint.</summary>
    private static async ValueTask<(string? Body, bool Truncated)> CaptureBodyAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        if (request.ContentLength == 0 || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return (null, false);
        }

        const int Limit = RequestJournal.BodyCaptureBytes;
        int wanted = request.ContentLength is { } length ? (int)Math.Min(length, Limit) : Limit + 1;
        request.EnableBuffering();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(wanted);
        try
        {
            int read = 0;
            while (read < wanted)
            {
                int chunk = await request.Body.ReadAsync(buffer.AsMemory(read, wanted - read), context.RequestAborted);
                if (chunk == 0)
                {
                    break;
                }

                read += chunk;
            }

            request.Body.Position = 0;
            bool truncated = request.ContentLength > Limit || read > Limit;
            int kept = Math.Min(read, Limit);
            return kept == 0 ? (null, truncated) : (SecretRedactor.RedactBody(Encoding.UTF8.GetString(buffer, 0, kept)), truncated);
        }
        catch (Exception error) when (error is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // The endpoint meets the same broken body when it reads it, and answers for it; the journal keeps no body.
            TryRewind(request);
            return (null, false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void TryRewind(HttpRequest request)
    {
        try
        {
            request.Body.Position = 0;
        }
        catch (Exception error) when (error is IOException or NotSupportedException or BadHttpRequestException)
        {
            // Nothing was buffered: the endpoint reads whatever is left.
        }
    }
}
