using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using VoipUapi.Api.Uapi.Json;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Faxes;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>
/// Reads a Create Faxes upload, the UnifiedAPI's own way: <c>multipart/form-data</c> with one or more parts named
/// <c>files</c> (a file each) and one named <c>request</c> (<c>{"recipients":[…]}</c>). A file is streamed: its size
/// is counted up to <c>Uapi:MaxFaxFileBytes</c> and only its first <c>Telephony:FaxContentKeptBytes</c> are kept.
/// Each problem is the vendor's code for the part it is in, with what to send instead.
/// </summary>
public sealed class FaxUploadReader(IOptions<UapiOptions> uapi, TelephonyNetwork network)
{
    public const string Expected = "send multipart/form-data with a part named files for each file (jpg, tif, pdf or txt) and a part named request holding {\"recipients\":[\"7778888\"]}";

    private static readonly string[] FileTypes = [".jpg", ".jpeg", ".tif", ".tiff", ".pdf", ".txt"];

    public async Task<Outcome<FaxUpload, UapiError>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return UapiErrors.For(RequestInvalid, $"the body is {(request.ContentType is null ? "not labelled" : $"'{request.ContentType}'")}; {Expected}.");
        }

        string boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value ?? string.Empty;
        if (boundary.Length is 0 or > 200)
        {
            return UapiErrors.For(RequestInvalid, $"the multipart/form-data Content-Type names no usable boundary (boundary=…); {Expected}.");
        }

        try
        {
            return await ReadPartsAsync(new MultipartReader(boundary, request.Body), cancellationToken);
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            return UapiErrors.For(RequestInvalid, $"the multipart/form-data body could not be read ({error.Message.TrimEnd(' ', '.')}): it must hold parts between --boundary lines and end with --boundary--; {Expected}.");
        }
    }

    private async Task<Outcome<FaxUpload, UapiError>> ReadPartsAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        List<FaxDocument> files = [];
        List<string>? recipients = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            ContentDispositionHeaderValue? disposition = ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out ContentDispositionHeaderValue? parsed) ? parsed : null;
            string name = Unquoted(disposition?.Name);
            if (name == "files")
            {
                if (files.Count == uapi.Value.MaxFaxFiles)
                {
                    return UapiErrors.For(FaxMaxFilesReached, $"a fax carries at most {uapi.Value.MaxFaxFiles} files (Uapi:MaxFaxFiles); send the others in another fax.");
                }

                Outcome<FaxDocument, UapiError> file = await FileAsync(section, disposition, cancellationToken);
                if (!file.Succeeded)
                {
                    return file.Error;
                }

                files.Add(file.Value);
            }
            else if (name == "request")
            {
                Outcome<List<string>, UapiError> read = await RecipientsAsync(section, cancellationToken);
                if (!read.Succeeded)
                {
                    return read.Error;
                }

                recipients = read.Value;
            }
            else
            {
                await section.Body.CopyToAsync(Stream.Null, cancellationToken);
            }
        }

        if (files.Count == 0)
        {
            return UapiErrors.For(FaxFileInvalid, $"the upload has no file; {Expected}.");
        }

        return recipients is null
            ? UapiErrors.For(FaxRecipientsInvalid, $"the upload has no part named request; {Expected}.")
            : new FaxUpload(files, recipients);
    }

    private async Task<Outcome<FaxDocument, UapiError>> FileAsync(MultipartSection section, ContentDispositionHeaderValue? disposition, CancellationToken cancellationToken)
    {
        string written = Unquoted(disposition?.FileNameStar) is { Length: > 0 } star ? star : Unquoted(disposition?.FileName);
        string fileName = Path.GetFileName(written.Replace('\\', '/'));
        if (fileName.Trim().Length == 0 || !FileTypes.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase))
        {
            return UapiErrors.For(FaxFileInvalid, $"{(fileName.Trim().Length == 0 ? "a files part names no filename" : $"'{fileName}' is not a fax file")}; allowed file types are jpg, tif, pdf and txt: send filename=\"fax.pdf\" and its content.");
        }

        int max = uapi.Value.MaxFaxFileBytes;
        byte[] kept = new byte[Math.Min(network.Options.FaxContentKeptBytes, max)];
        byte[] buffer = new byte[16 * 1024];
        long size = 0;
        int read;
        while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (size < kept.Length)
            {
                Array.Copy(buffer, 0, kept, size, (int)Math.Min(read, kept.Length - size));
            }

            size += read;
            if (size > max)
            {
                return UapiErrors.For(FaxFileInvalid, $"'{fileName}' is larger than the {max} bytes a fax file may have (Uapi:MaxFaxFileBytes); send a smaller file or split it.");
            }
        }

        return size == 0
            ? UapiErrors.For(FaxFileInvalid, $"'{fileName}' is empty; send the content of the file to fax.")
            : new FaxDocument(fileName, size, section.ContentType, [.. kept.AsSpan(0, (int)Math.Min(size, kept.Length))]);
    }

    private static string Unquoted(Microsoft.Extensions.Primitives.StringSegment? value) =>
        value is { } segment ? HeaderUtilities.RemoveQuotes(segment).Value ?? string.Empty : string.Empty;

    private async Task<Outcome<List<string>, UapiError>> RecipientsAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var text = new MemoryStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = await section.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            text.Write(buffer, 0, read);
            if (text.Length > uapi.Value.MaxRequestBodyBytes)
            {
                return UapiErrors.For(FaxRecipientsInvalid, $"the request part is larger than {uapi.Value.MaxRequestBodyBytes} bytes (Uapi:MaxRequestBodyBytes); send only {{\"recipients\":[…]}}.");
            }
        }

        try
        {
            List<string>? recipients = JsonSerializer.Deserialize<FaxRequestPart>(text.ToArray(), UapiJson.Options)?.Recipients;
            int most = uapi.Value.MaxFaxRecipients;
            return recipients switch
            {
                null or [] => UapiErrors.For(FaxRecipientsInvalid, "recipients is missing or empty; send at least one phone number, such as {\"recipients\":[\"7778888\"]}."),
                { Count: var count } when count > most => UapiErrors.For(FaxRecipientsInvalid, $"a fax has at most {most} recipients (Uapi:MaxFaxRecipients), and this one has {count}; send the others another fax."),
                _ => recipients,
            };
        }
        catch (JsonException error)
        {
            return UapiErrors.For(FaxRecipientsInvalid, $"the request part is not the JSON of a fax ({error.Message.Split('.')[0]}); send {{\"recipients\":[\"7778888\"]}}.");
        }
    }
}
