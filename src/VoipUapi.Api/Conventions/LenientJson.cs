using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// Serializer settings a dialect can start from: camelCase, null values left out unless a property says otherwise,
/// bodies read leniently (trailing commas, comments, numbers in strings) and no deeper than MVC's own limit (32),
/// text written as typed (<c>+4930123456</c>, not <c>\u002B4930123456</c>: these answers are JSON, never HTML).
/// Each call makes new settings, for one dialect to own.
/// </summary>
public static class LenientJson
{
    private const int MaxDepth = 32;

    public static JsonSerializerOptions Create() => new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = MaxDepth,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
