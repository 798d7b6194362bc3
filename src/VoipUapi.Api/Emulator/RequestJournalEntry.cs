using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One vendor API request as the journal keeps it: never a header, never the response body.</summary>
/// <param name="Id">Numbered from 1 in the order the requests completed; a clear does not restart the numbering.</param>
/// <param name="At">When the request arrived, on the emulator's clock, in UTC.</param>
/// <param name="Query">The query string without its <c>?</c>, tokens and secrets replaced by <c>***</c>; null when there is none.</param>
/// <param name="Body">The first <see cref="RequestJournal.BodyCaptureBytes"/> bytes of the body as UTF-8, secrets replaced by <c>***</c>; null when there is none.</param>
/// <param name="BodyTruncated">True when the body was longer than what <see cref="Body"/> shows.</param>
/// <param name="Status">The HTTP status code the emulator answered with.</param>
public sealed record RequestJournalEntry(
    long Id,
    DateTime At,
    string Method,
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Query,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContentType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Body,
    bool BodyTruncated,
    int Status);
