namespace VoipUapi.Api.Emulator;

/// <summary>A file of a fax.</summary>
/// <param name="Size">The whole file's size in bytes.</param>
/// <param name="KeptContent">The start of the file as base64: at most <c>Telephony:FaxContentKeptBytes</c> bytes are kept.</param>
/// <param name="ContentTruncated">True when the file is larger than what was kept.</param>
public sealed record FaxFileResource(string FileName, long Size, string? ContentType, string KeptContent, bool ContentTruncated);
