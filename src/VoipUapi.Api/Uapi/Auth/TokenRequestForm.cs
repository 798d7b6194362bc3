using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>
/// Reads the form of a token request and, when it cannot be read, says what is wrong in words a client can act on.
/// A url-encoded body is parsed here, so that a NUL or too many fields are named rather than thrown; a multipart
/// body goes to ASP.NET Core's reader once it is known to name a boundary.
/// </summary>
public static class TokenRequestForm
{
    /// <summary>ASP.NET Core's own limit on form values, kept for the url-encoded bodies parsed here.</summary>
    public const int MaxFields = 1024;

    private const string Expected = "send application/x-www-form-urlencoded with grant_type=client_credentials, client_id and client_secret";

    /// <summary>The form, or why it cannot be read (the form is then empty).</summary>
    public static async Task<(IFormCollection Form, string? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (FormCollection.Empty, null);
        }

        (IFormCollection form, string? problem) = IsMultipart(request)
            ? await ReadMultipartAsync(request, cancellationToken)
            : await ReadUrlEncodedAsync(request.BodyReader, maxBytes, cancellationToken);
        return (form, problem ?? ControlCharacterIn(form));
    }

    private static bool IsMultipart(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);

    private static async Task<(IFormCollection, string?)> ReadUrlEncodedAsync(PipeReader body, int maxBytes, CancellationToken cancellationToken)
    {
        ReadResult read = await body.ReadAtLeastAsync(maxBytes + 1, cancellationToken);
        ReadOnlySequence<byte> bytes = read.Buffer;
        string? text = bytes.Length > maxBytes ? null : Encoding.UTF8.GetString(bytes);
        body.AdvanceTo(bytes.End);
        if (text is null)
        {
            return (FormCollection.Empty, $"the form is larger than {maxBytes} bytes (Uapi:MaxRequestBodyBytes); {Expected}.");
        }

        Dictionary<string, StringValues> fields = QueryHelpers.ParseQuery(text);
        int count = fields.Values.Sum(values => values.Count);
        return count > MaxFields
            ? (FormCollection.Empty, $"the form has {count} fields, more than the {MaxFields} the emulator reads; {Expected}, and little else.")
            : (new FormCollection(fields), null);
    }

    private static async Task<(IFormCollection, string?)> ReadMultipartAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
        {
            return (FormCollection.Empty, $"the multipart/form-data Content-Type names no boundary (boundary=…); {Expected}, or name the boundary the body uses.");
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            return (FormCollection.Empty,
                $"the multipart/form-data body could not be read ({error.Message.TrimEnd(' ', '.')}): it must hold parts between --boundary lines and end with --boundary--; {Expected}.");
        }
    }

    private static string? ControlCharacterIn(IFormCollection form)
    {
        foreach ((string name, StringValues values) in form)
        {
            if (FirstControl(name) is { } inName)
            {
                return $"a field name holds the control character U+{(int)inName:X4}; send field names such as client_id, without control characters.";
            }

            foreach (string? value in values)
            {
                if (FirstControl(value) is { } control)
                {
                    return $"{name} holds the control character U+{(int)control:X4}; send it as the seed has it, without control characters.";
                }
            }
        }

        return null;
    }

    private static char? FirstControl(string? text)
    {
        foreach (char c in text ?? string.Empty)
        {
            if (char.IsControl(c))
            {
                return c;
            }
        }

        return null;
    }
}
