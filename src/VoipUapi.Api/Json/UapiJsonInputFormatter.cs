using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Formatters;
using VoipUapi.Telephony.Text;

namespace VoipUapi.Api.Json;

/// <summary>
/// Reads every request body as JSON whatever its Content-Type says (real PBX clients send none, <c>text/plain</c>
/// or a form type), with a size limit, and reports what is wrong in words a client can act on: the line and
/// position of a syntax error, or the field that has the wrong JSON type.
/// </summary>
public sealed class UapiJsonInputFormatter : InputFormatter
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];
    private readonly JsonSerializerOptions _json;
    private readonly int _maxBytes;

    public UapiJsonInputFormatter(JsonSerializerOptions json, int maxBytes)
    {
        _json = json;
        _maxBytes = maxBytes;
        SupportedMediaTypes.Add("application/json");
    }

    public override bool CanRead(InputFormatterContext context) => true;

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context)
    {
        byte[] read = await ReadLimitedAsync(context.HttpContext.Request, context.HttpContext.RequestAborted);
        ReadOnlyMemory<byte> body = read.AsSpan().StartsWith(Utf8ByteOrderMark) ? read.AsMemory(Utf8ByteOrderMark.Length) : read;
        if (body.Length == 0)
        {
            return Fail(context, context.ModelName, "the request body is empty; send a JSON object.");
        }

        try
        {
            object? model = JsonSerializer.Deserialize(body.Span, context.ModelType, _json);
            return model is null ? Fail(context, context.ModelName, "the request body is JSON null; send a JSON object.") : InputFormatterResult.Success(model);
        }
        catch (JsonException error)
        {
            return SyntaxErrorOf(body) is { } syntax
                ? Fail(context, "$", $"the request body is not valid JSON ({syntax}); send a JSON object with every key and string in double quotes.")
                : Fail(context, error.Path ?? "$", TypeErrorOf(error));
        }
    }

    private static InputFormatterResult Fail(InputFormatterContext context, string key, string message)
    {
        context.ModelState.TryAddModelError(key, message);
        return InputFormatterResult.Failure();
    }

    private async Task<byte[]> ReadLimitedAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _maxBytes)
        {
            throw new BadHttpRequestException($"body of {request.ContentLength} bytes", StatusCodes.Status413PayloadTooLarge);
        }

        if (request.ContentLength is { } length)
        {
            byte[] body = new byte[length];
            await request.Body.ReadExactlyAsync(body, cancellationToken);
            return body;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _maxBytes)
            {
                throw new BadHttpRequestException("chunked body over the limit", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? SyntaxErrorOf(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span);
        try
        {
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException error)
        {
            return $"line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}: {JsonErrorText.WithoutLocation(error.Message)}";
        }
    }

    private static string TypeErrorOf(JsonException error)
    {
        string field = error.Path is { Length: > 2 } path ? path[2..] : "the body";
        return $"{field} has the wrong JSON type (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}); "
            + "send numbers and caller ids as strings, source and destination as arrays, and phoneCallView as an array of objects.";
    }
}
