using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VoipUapi.Telephony.Text;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// Reads a request body as JSON whatever its Content-Type says (real clients send none, <c>text/plain</c> or curl's
/// form type), up to a size limit, and reports what is wrong in words a client can act on: the line and position of
/// a syntax error, or the field that has the wrong JSON type (its model-state key is the JSON path, <c>$.field</c>).
/// Each dialect's body binder calls it with its own serializer settings, limit and advice.
/// </summary>
public static class JsonRequestBody
{
    /// <summary>How every message about the body as a whole starts, so that a dialect can pass it on as it is.</summary>
    public const string MessageLead = "the request body";

    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Binds <paramref name="context"/>'s model from the body. A body over <paramref name="maxBytes"/> throws the
    /// 413 <see cref="BadHttpRequestException"/> Kestrel throws for its own limit, which the error envelope of the
    /// path answers; <paramref name="typeAdvice"/> ends the message of a field of the wrong JSON type.
    /// </summary>
    public static async Task BindAsync(ModelBindingContext context, JsonSerializerOptions json, int maxBytes, string typeAdvice)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpContext http = context.HttpContext;
        ReadOnlyMemory<byte> body = WithoutByteOrderMark(await ReadLimitedAsync(http.Request, maxBytes, http.RequestAborted));
        if (body.Length == 0)
        {
            Fail(context, string.Empty, $"{MessageLead} is empty; send a JSON object.");
            return;
        }

        try
        {
            object? model = JsonSerializer.Deserialize(body.Span, context.ModelType, json);
            if (model is null)
            {
                Fail(context, string.Empty, $"{MessageLead} is JSON null; send a JSON object.");
                return;
            }

            context.Result = ModelBindingResult.Success(model);
        }
        catch (JsonException error)
        {
            if (SyntaxErrorOf(body) is { } syntax)
            {
                Fail(context, "$", $"{MessageLead} is not valid JSON ({syntax}); send a JSON object with every key and string in double quotes.");
            }
            else
            {
                Fail(context, error.Path ?? "$", TypeErrorOf(error, typeAdvice));
            }
        }
    }

    private static void Fail(ModelBindingContext context, string key, string message)
    {
        context.ModelState.TryAddModelError(key, message);
        context.Result = ModelBindingResult.Failed();
    }

    /// <summary>The body after a UTF-8 byte order mark, if it starts with one (Windows tools write it).</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.AsSpan().StartsWith(Utf8ByteOrderMark) ? body.AsMemory(Utf8ByteOrderMark.Length) : body;
    }

    /// <summary>The whole body, or the 413 <see cref="BadHttpRequestException"/> Kestrel throws for its own limit once it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadLimitedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
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
            if (buffer.Length + read > maxBytes)
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

    private static string TypeErrorOf(JsonException error, string advice)
    {
        string field = error.Path is { Length: > 2 } path ? path[2..] : "the body";
        return $"{field} has the wrong JSON type (line {error.LineNumber + 1}, position {error.BytePositionInLine + 1}); {advice}";
    }
}
