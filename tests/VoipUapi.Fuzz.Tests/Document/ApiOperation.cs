using System.Text.Json;

namespace VoipUapi.Fuzz.Tests.Document;

/// <summary>One operation of the OpenAPI document: method, path template, parameters, body and the schema of each answer.</summary>
/// <param name="Responses">By status code (<c>200</c>, <c>default</c>…): the media types of the answer and the schema of each.</param>
public sealed record ApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<ApiParameter> Parameters,
    ApiRequestBody? RequestBody,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement?>> Responses)
{
    /// <summary><c>GET /uapi/phoneCalls/{userId}/{extension}</c>: what a failure names, and what <c>VOIPUAPI_FUZZ_ONLY</c> matches.</summary>
    public string Key => $"{Method} {PathTemplate}";

    public IEnumerable<ApiParameter> InPath => Parameters.Where(parameter => parameter.In == "path");

    public IEnumerable<ApiParameter> InQuery => Parameters.Where(parameter => parameter.In == "query");

    /// <summary>True when the method carries a body, documented or not.</summary>
    public bool TakesBody => RequestBody is not null || Method is "POST" or "PUT" or "PATCH";

    /// <summary>The documented answers for <paramref name="status"/>, falling back to <c>default</c>; null when the document has neither.</summary>
    public IReadOnlyDictionary<string, JsonElement?>? ResponseFor(int status) =>
        Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var content) ? content
        : Responses.TryGetValue("default", out var fallback) ? fallback
        : null;
}
