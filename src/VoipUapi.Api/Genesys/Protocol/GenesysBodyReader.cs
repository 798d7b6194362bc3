using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using VoipUapi.Api.Conventions;
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
        ReadOnlyMemory<byte> body;
        try
        {
            body = JsonRequestBody.WithoutByteOrderMark(await JsonRequestBody.ReadLimitedAsync(request, maxBodyBytes, request.HttpContext.RequestAborted));
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return GenesysError.Invalid($"the request body is larger than {maxBodyBytes} bytes; send a smaller JSON object (limit: Genesys:MaxRequestBodyBytes in docs/configuration.md).");
        }
        catch (Exception error) when (error is IOException or BadHttpRequestException)
        {
            return GenesysError.Invalid("the request body could not be read; send it again, complete.");
        }

        if (body.Length == 0)
        {
            return new JsonObject();
        }

        if (!Utf8.IsValid(body.Span))
        {
            return GenesysError.Invalid("the body is not UTF-8 text; send a JSON object encoded as UTF-8, such as {\"operationName\":\"Hold\"}.");
        }

        try
        {
            return JsonNode.Parse(body.Span, documentOptions: new JsonDocumentOptions { MaxDepth = 32, AllowDuplicateProperties = false }) is JsonObject parsed
                ? parsed
                : GenesysError.Invalid("the body is not a JSON object; send an object such as {\"operationName\":\"Hold\"}.");
        }
        catch (JsonException error)
        {
            return GenesysError.Invalid($"the body is not valid JSON ({error.Message.Split(" LineNumber")[0].TrimEnd('.', ' ')}, at byte {error.BytePositionInLine ?? 0} of line {(error.LineNumber ?? 0) + 1}); send a JSON object such as {{\"operationName\":\"Hold\"}}.");
        }
    }
}
