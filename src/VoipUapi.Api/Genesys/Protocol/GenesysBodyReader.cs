using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>
/// Reads a Genesys operation's JSON body itself (no MVC binding): one JSON object within the size limit, else
/// statusCode 10 saying what is wrong; an empty body is an empty object (the operation then names what it misses).
/// </summary>
public static class GenesysBodyReader
{
    public static async Task<Outcome<JsonObject, GenesysError>> ReadAsync(HttpRequest request, int maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        using var buffer = new MemoryStream();
        try
        {
            byte[] chunk = new byte[8192];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBodyBytes)
                {
                    return TooLarge(maxBodyBytes);
                }
            }
        }
        catch (Exception error) when (error is IOException or BadHttpRequestException)
        {
            return GenesysError.Invalid("the request body could not be read; send it again, complete.");
        }

        if (buffer.Length == 0)
        {
            return new JsonObject();
        }

        if (!Utf8.IsValid(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
        {
            return GenesysError.Invalid("the body is not UTF-8 text; send a JSON object encoded as UTF-8, such as {\"operationName\":\"Hold\"}.");
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false }) is JsonObject body
                ? body
                : GenesysError.Invalid("the body is not a JSON object; send an object such as {\"operationName\":\"Hold\"}.");
        }
        catch (JsonException error)
        {
            return GenesysError.Invalid($"the body is not valid JSON ({error.Message.Split(" LineNumber")[0].TrimEnd('.', ' ')}, at byte {error.BytePositionInLine ?? 0} of line {(error.LineNumber ?? 0) + 1}); send a JSON object such as {{\"operationName\":\"Hold\"}}.");
        }
    }

    private static GenesysError TooLarge(int maxBodyBytes) =>
        GenesysError.Invalid($"the request body is larger than {maxBodyBytes} bytes; send a smaller JSON object (limit: Genesys:MaxRequestBodyBytes in docs/configuration.md).");
}
