using System.Collections.Immutable;

namespace VoipUapi.Telephony.Faxes;

/// <summary>A file of a fax: its name, size and type, and at most the first <see cref="TelephonyOptions.FaxContentKeptBytes"/> of its content.</summary>
/// <param name="Size">The whole file's size in bytes.</param>
/// <param name="KeptContent">The start of the content, as much as the network keeps.</param>
public sealed record FaxDocument(string FileName, long Size, string? ContentType, ImmutableArray<byte> KeptContent)
{
    public bool ContentTruncated => KeptContent.Length < Size;
}
