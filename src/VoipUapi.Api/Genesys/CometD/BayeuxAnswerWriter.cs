using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Writes a Bayeux answer: the JSON array of delivered messages then replies, wrapped in <c>callback(...)</c> for callback-polling.</summary>
public static class BayeuxAnswerWriter
{
    public const string JsonContentType = "application/json;charset=utf-8";
    public const string JsonpContentType = "text/javascript;charset=utf-8";

    public static async Task WriteAsync(HttpResponse response, int status, string? callback, IReadOnlyList<ReadOnlyMemory<byte>> delivered, IReadOnlyList<JsonObject> replies)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(delivered);
        ArgumentNullException.ThrowIfNull(replies);
        response.StatusCode = status;
        response.ContentType = callback is null ? JsonContentType : JsonpContentType;
        response.Headers.CacheControl = "no-cache, no-store";
        using var body = new MemoryStream();
        if (callback is not null)
        {
            body.Write(Encoding.UTF8.GetBytes(callback));
            body.WriteByte((byte)'(');
        }

        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartArray();
            foreach (ReadOnlyMemory<byte> message in delivered)
            {
                json.WriteRawValue(message.Span, skipInputValidation: true);
            }

            foreach (JsonObject reply in replies)
            {
                reply.WriteTo(json);
            }

            json.WriteEndArray();
        }

        if (callback is not null)
        {
            body.Write(")"u8);
        }

        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), response.HttpContext.RequestAborted);
    }
}
