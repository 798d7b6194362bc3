using System.Text.Json;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>The error envelopes of the emulated APIs: each check answers what is wrong with an error answer, or null when it is in the envelope.</summary>
public static class Envelopes
{
    /// <summary>VoipNow UnifiedAPI: <c>{"error":{"code":"…","message":"…"}}</c> and nothing else.</summary>
    public static string? Uapi(FuzzAnswer answer) => Json(answer, "application/json", root =>
        Exactly(root, "error") ?? (root.GetProperty("error") is var error && error.ValueKind == JsonValueKind.Object
            ? Exactly(error, "code", "message") ?? Code(error.GetProperty("code")) ?? Text(error.GetProperty("message"), "error.message")
            : "error is not an object"));

    /// <summary>RFC 6749 §5.2: <c>{"error":"…","error_description":"…"}</c> and nothing else.</summary>
    public static string? OAuth(FuzzAnswer answer) => Json(answer, "application/json", root =>
        Exactly(root, "error", "error_description") ?? Code(root.GetProperty("error")) ?? Text(root.GetProperty("error_description"), "error_description"));

    /// <summary>RFC 7807 problem details whose <c>status</c> is the answer's and whose <c>detail</c> says what is wrong.</summary>
    public static string? Problem(FuzzAnswer answer) => Json(answer, "application/problem+json", root =>
        !root.TryGetProperty("status", out JsonElement status) || status.ValueKind != JsonValueKind.Number || status.GetInt32() != answer.Status
            ? $"status is not {answer.Status}"
            : root.TryGetProperty("detail", out JsonElement detail) ? Text(detail, "detail") : "there is no detail");

    /// <summary>
    /// Enswitch: <c>{"responses":[{"code":"…","key":"…","message":"…"}…]}</c> (and <c>data</c> on a success), the
    /// codes three digits written as strings, each with a message.
    /// </summary>
    public static string? Enswitch(FuzzAnswer answer) => Json(answer, "application/json", root =>
        root.EnumerateObject().Select(property => property.Name).Except(["responses", "data"]).FirstOrDefault() is { } other
            ? $"{other} is no field of the envelope"
            : !root.TryGetProperty("responses", out JsonElement responses) || responses.ValueKind != JsonValueKind.Array || responses.GetArrayLength() == 0
                ? "responses is not a list of responses"
                : responses.EnumerateArray().Select(EnswitchResponse).FirstOrDefault(problem => problem is not null));

    /// <summary>The code of an Enswitch answer's first response, which says how it went even when the HTTP status is 200.</summary>
    public static int EnswitchCode(FuzzAnswer answer)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(answer.Body);
            return document.RootElement.TryGetProperty("responses", out JsonElement responses) && responses.ValueKind == JsonValueKind.Array
                && responses.GetArrayLength() > 0 && responses[0].TryGetProperty("code", out JsonElement code)
                && int.TryParse(code.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value)
                    ? value
                    : answer.Status;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return answer.Status;
        }
    }

    private static string? EnswitchResponse(JsonElement response) =>
        response.ValueKind != JsonValueKind.Object
            ? "a response is not an object"
            : Exactly(response, "code", "key", "message")
                ?? (response.GetProperty("code").GetString() is { Length: 3 } code && code.All(char.IsAsciiDigit) ? null : "a code is not three digits")
                ?? (response.GetProperty("key").ValueKind == JsonValueKind.String ? null : "a key is not a string")
                ?? Text(response.GetProperty("message"), "message");

    /// <summary>
    /// Genesys Web Services: <c>{"statusCode":n,"statusMessage":"…"}</c> and nothing else, n not 0; or, for a POST
    /// refused by the CSRF check, GWS's plain-text 403 <c>Missing or invalid Csrf token</c>.
    /// </summary>
    public static string? Genesys(FuzzAnswer answer) =>
        answer.Status == 403 && answer.MediaType == "text/plain"
            ? (answer.Body == GenesysGate.CsrfRefused ? null : $"the plain-text 403 says '{answer.Body}'")
            : Json(answer, "application/json", root =>
                Exactly(root, "statusCode", "statusMessage")
                ?? (root.GetProperty("statusCode") is { ValueKind: JsonValueKind.Number } code && code.TryGetInt32(out int value) && value > 0 ? null : "statusCode is not a failure's number")
                ?? Text(root.GetProperty("statusMessage"), "statusMessage"));

    private static string? Json(FuzzAnswer answer, string mediaType, Func<JsonElement, string?> check)
    {
        if (!string.Equals(answer.MediaType, mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return $"the media type is {answer.MediaType ?? "missing"}, not {mediaType}";
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(answer.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? check(document.RootElement) : "the body is not a JSON object";
        }
        catch (JsonException error)
        {
            return $"the body is not JSON ({error.Message})";
        }
    }

    private static string? Exactly(JsonElement element, params string[] names)
    {
        string[] found = element.EnumerateObject().Select(property => property.Name).ToArray();
        return found.SequenceEqual(names) ? null : $"the fields are [{string.Join(", ", found)}], not [{string.Join(", ", names)}]";
    }

    private static string? Code(JsonElement code) =>
        code.ValueKind == JsonValueKind.String && code.GetString() is { Length: > 0 } text && text.All(c => char.IsAsciiLetterLower(c) || c == '_')
            ? null
            : $"the code {code.GetRawText()} is not a lower-case word";

    private static string? Text(JsonElement text, string name) =>
        text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()) ? null : $"{name} is not a message";
}
