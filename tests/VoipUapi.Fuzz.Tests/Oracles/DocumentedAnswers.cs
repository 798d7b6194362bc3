using System.Text.Json;
using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>
/// Whether an answer is one the document describes for the operation that served it: a documented status, a
/// documented media type, and a body its schema allows. The operation is the one whose template fits the path as sent
/// (a mutated segment such as <c>..</c> can take a request to another route); a path no template fits may only be
/// answered 404 or 405, and so may an operation that does not document them, as the router answers those.
/// </summary>
public sealed class DocumentedAnswers(ApiDocument document)
{
    private readonly SchemaValidator _validator = new(document);

    public IEnumerable<string> MismatchesOf(FuzzRequest request, FuzzAnswer answer)
    {
        if (document.Match(request.Operation.Method, ApiDocument.PathSent(request.Target)) is not { } operation)
        {
            return answer.Status is 404 or 405 ? [] : [$"status {answer.Status} for a path no operation of the document serves"];
        }

        IReadOnlyDictionary<string, JsonElement?>? documented = operation.ResponseFor(answer.Status);
        if (documented is null)
        {
            return answer.Status is 404 or 405 ? [] : [$"status {answer.Status} is not among the documented {string.Join(", ", operation.Responses.Keys)} of {operation.Key}"];
        }

        if (answer.Body.Length == 0 || answer.MediaType is null || answer.MediaType == "text/event-stream")
        {
            return [];
        }

        if (!documented.TryGetValue(answer.MediaType, out JsonElement? schema))
        {
            return [$"media type {answer.MediaType} of status {answer.Status} is not among the documented [{string.Join(", ", documented.Keys)}]"];
        }

        if (schema is not { } declared || !answer.MediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return Parsed(answer.Body) is { } body ? _validator.Validate(body, declared) : [$"the {answer.MediaType} body is not JSON"];
    }

    private static JsonElement? Parsed(string text)
    {
        try
        {
            using JsonDocument parsed = JsonDocument.Parse(text);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
