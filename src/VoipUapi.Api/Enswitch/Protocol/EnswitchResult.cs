using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>Writes an <see cref="EnswitchEnvelope"/> as JSON, whatever the <c>Accept</c> header says, with the HTTP status the options choose.</summary>
public sealed class EnswitchResult(EnswitchEnvelope envelope) : IActionResult
{
    /// <summary>Quotes and angle brackets as they are (<c>'</c>, <c>&lt;</c>), not as <c>'</c>: the answer is JSON, never HTML.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public EnswitchEnvelope Envelope => envelope;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(context.HttpContext, envelope);
    }

    /// <summary>Writes <paramref name="answer"/> to <paramref name="http"/>: also used for errors outside a controller.</summary>
    public static Task WriteAsync(HttpContext http, EnswitchEnvelope answer)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(answer);
        EnswitchOptions options = http.RequestServices.GetRequiredService<IOptions<EnswitchOptions>>().Value;
        http.Response.StatusCode = StatusOf(answer, options);
        return http.Response.WriteAsJsonAsync(answer, Json, http.RequestAborted);
    }

    public static int StatusOf(EnswitchEnvelope answer, EnswitchOptions options)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(options);
        int code = answer.FirstCode;
        return !options.HttpStatusFromCode || code == EnswitchCodes.Done ? StatusCodes.Status200OK : code;
    }
}
