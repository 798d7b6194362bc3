using System.Net.Http.Json;
using System.Text.Json;

namespace VoipUapi.Fuzz.Tests.Document;

/// <summary>The emulator's OpenAPI document, read into operations, with <c>$ref</c> resolution for the schemas.</summary>
public sealed class ApiDocument
{
    public const string Path = "/swagger/v1/swagger.json";

    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private readonly JsonElement _root;

    private ApiDocument(JsonElement root)
    {
        _root = root;
        Operations = ReadOperations().OrderBy(operation => operation.Key, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static async Task<ApiDocument> LoadAsync(HttpClient client)
    {
        JsonElement root = await client.GetFromJsonAsync<JsonElement>(new Uri(Path, UriKind.Relative));
        return new ApiDocument(root);
    }

    /// <summary>
    /// The operation the router serves <paramref name="method"/> <paramref name="path"/> with: of the templates with that
    /// method whose segments fit the path, the one with most literal segments (as ASP.NET Core's router prefers); null for none.
    /// </summary>
    public ApiOperation? Match(string method, string path)
    {
        string[] segments = path.Trim('/').Split('/');
        return Operations
            .Where(operation => operation.Method == method)
            .Select(operation => (Operation: operation, Template: operation.PathTemplate.Trim('/').Split('/')))
            .Where(candidate => candidate.Template.Length == segments.Length
                && candidate.Template.Zip(segments).All(pair => IsParameter(pair.First) ? pair.Second.Length > 0 : string.Equals(pair.First, pair.Second, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(candidate => candidate.Template.Count(segment => !IsParameter(segment)))
            .Select(candidate => candidate.Operation)
            .FirstOrDefault();
    }

    /// <summary>The path a client's URL library sends for <paramref name="target"/>: dot segments resolved, the query left off.</summary>
    public static string PathSent(string target) => new Uri(new Uri("http://emulator"), target).AbsolutePath;

    /// <summary>The schema a <c>$ref</c> points to (followed until it points no further), or <paramref name="schema"/> itself.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (int hops = 0; schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out JsonElement reference); hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref {reference} loops");
            }

            schema = Pointed(reference.GetString() ?? string.Empty);
        }

        return schema;
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    private JsonElement Pointed(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"$ref {reference} points outside the document");
        }

        JsonElement at = _root;
        foreach (string part in reference[2..].Split('/'))
        {
            at = at.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return at;
    }

    private IEnumerable<ApiOperation> ReadOperations()
    {
        foreach (JsonProperty path in _root.GetProperty("paths").EnumerateObject())
        {
            List<ApiParameter> shared = ParametersOf(path.Value);
            foreach (JsonProperty operation in path.Value.EnumerateObject().Where(entry => Methods.Contains(entry.Name)))
            {
                List<ApiParameter> own = ParametersOf(operation.Value);
                List<ApiParameter> parameters = [.. own, .. shared.Where(parameter => !own.Exists(o => o.Name == parameter.Name && o.In == parameter.In))];
                yield return new ApiOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    parameters,
                    operation.Value.TryGetProperty("requestBody", out JsonElement body) ? new ApiRequestBody(ContentOf(Resolve(body))) : null,
                    ResponsesOf(operation.Value));
            }
        }
    }

    private List<ApiParameter> ParametersOf(JsonElement owner) =>
        owner.TryGetProperty("parameters", out JsonElement parameters)
            ? parameters.EnumerateArray().Select(Resolve).Select(parameter => new ApiParameter(
                parameter.GetProperty("name").GetString()!,
                parameter.GetProperty("in").GetString()!,
                parameter.TryGetProperty("required", out JsonElement required) && required.GetBoolean(),
                parameter.TryGetProperty("schema", out JsonElement schema) ? schema : default)).ToList()
            : [];

    private Dictionary<string, IReadOnlyDictionary<string, JsonElement?>> ResponsesOf(JsonElement operation) =>
        operation.TryGetProperty("responses", out JsonElement responses)
            ? responses.EnumerateObject().ToDictionary(
                status => status.Name,
                status => (IReadOnlyDictionary<string, JsonElement?>)ContentOf(Resolve(status.Value)),
                StringComparer.Ordinal)
            : [];

    private static Dictionary<string, JsonElement?> ContentOf(JsonElement owner) =>
        owner.TryGetProperty("content", out JsonElement content)
            ? content.EnumerateObject().ToDictionary(
                media => media.Name,
                media => media.Value.TryGetProperty("schema", out JsonElement schema) ? schema : (JsonElement?)null,
                StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, JsonElement?>(StringComparer.OrdinalIgnoreCase);
}
