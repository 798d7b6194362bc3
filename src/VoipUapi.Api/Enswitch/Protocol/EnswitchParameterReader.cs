using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>
/// Reads the parameters of an Enswitch request from the raw query string and, for a POST, the form body (URL-encoded
/// with <c>;</c> or <c>&amp;</c>, or multipart). A GET's body and <c>Content-Type</c> are ignored. Nothing here goes
/// through MVC model binding, so the dialect does not depend on the value providers MVC is configured with.
/// </summary>
public static class EnswitchParameterReader
{
    public static async Task<Outcome<EnswitchParameters, EnswitchEnvelope>> ReadAsync(HttpRequest request, int maxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        string query = request.QueryString.Value is { Length: > 1 } raw ? raw[1..] : string.Empty;
        if (!HttpMethods.IsPost(request.Method) || request.ContentLength == 0)
        {
            return EnswitchParameters.Parse(query);
        }

        string media = MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type) ? type.MediaType.Value ?? string.Empty : string.Empty;
        if (media.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return await ReadMultipartAsync(request, query, maxBodyBytes);
        }

        if (media.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            return EnswitchEnvelope.Invalid(string.Empty,
                "the body is JSON; the Enswitch JSON API reads key=value parameters from the query string or a form body (application/x-www-form-urlencoded), so send them that way.");
        }

        Outcome<string, EnswitchEnvelope> body = await ReadTextAsync(request, maxBodyBytes);
        return body.Succeeded ? EnswitchParameters.Parse(query, body.Value) : body.Error;
    }

    private static async Task<Outcome<string, EnswitchEnvelope>> ReadTextAsync(HttpRequest request, int maxBodyBytes)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(maxBodyBytes + 1);
        try
        {
            int read = 0;
            int chunk;
            while (read <= maxBodyBytes && (chunk = await request.Body.ReadAsync(buffer.AsMemory(read, maxBodyBytes + 1 - read), request.HttpContext.RequestAborted)) > 0)
            {
                read += chunk;
            }

            return read > maxBodyBytes ? TooLarge(maxBodyBytes) : Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception error) when (error is IOException or BadHttpRequestException)
        {
            return Unreadable(error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task<Outcome<EnswitchParameters, EnswitchEnvelope>> ReadMultipartAsync(HttpRequest request, string query, int maxBodyBytes)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            return TooLarge(maxBodyBytes);
        }

        try
        {
            IFormCollection form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return EnswitchParameters.Parse(query).With(form.SelectMany(field => field.Value.Select(value => KeyValuePair.Create(field.Key, value ?? string.Empty))));
        }
        catch (Exception error) when (error is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException)
        {
            return Unreadable(error);
        }
    }

    private static EnswitchEnvelope TooLarge(int maxBodyBytes) => EnswitchEnvelope.Invalid(string.Empty, string.Create(CultureInfo.InvariantCulture,
        $"the request body is larger than the emulator accepts ({maxBodyBytes} bytes, Enswitch:MaxRequestBodyBytes in docs/configuration.md); send fewer or shorter parameters."));

    private static EnswitchEnvelope Unreadable(Exception error) => EnswitchEnvelope.Invalid(string.Empty,
        $"the form body could not be read ({error.Message}); send the parameters in the query string or as an application/x-www-form-urlencoded body.");
}
