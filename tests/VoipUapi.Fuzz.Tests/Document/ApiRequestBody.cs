using System.Text.Json;

namespace VoipUapi.Fuzz.Tests.Document;

/// <summary>The body an operation takes: its media types, in the document's order, and the schema of each.</summary>
public sealed record ApiRequestBody(IReadOnlyDictionary<string, JsonElement?> Content)
{
    /// <summary>The schema of the JSON media type, else of the first one; null when the document gives none.</summary>
    public JsonElement? Schema =>
        Content.FirstOrDefault(pair => pair.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value
        ?? Content.Values.FirstOrDefault();

    public bool TakesForm => Content.Keys.Any(type => type.Contains("form", StringComparison.OrdinalIgnoreCase))
        && !Content.Keys.Any(type => type.Contains("json", StringComparison.OrdinalIgnoreCase));
}
