using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoipUapi.Fuzz.Tests.Document;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>Bodies that follow a schema of the document: every property, with a value from the pool (leaving each out is a mutation of its own).</summary>
public sealed class SchemaSamples(ApiDocument document, ValuePool pool)
{
    private const int MaxDepth = 6;

    public JsonNode? Sample(JsonElement schema, Random random, TokenChoice? token = null) => Sample(document.Resolve(schema), "body", random, token, 0);

    private JsonNode? Sample(JsonElement schema, string name, Random random, TokenChoice? token, int depth)
    {
        schema = document.Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return null;
        }

        string? type = schema.TryGetProperty("type", out JsonElement declared) ? declared.ToString() : null;
        if (type == "object" || (type is null && schema.TryGetProperty("properties", out _)))
        {
            return ObjectOf(schema, random, token, depth);
        }

        if (type == "array")
        {
            JsonNode? item = schema.TryGetProperty("items", out JsonElement items) ? Sample(items, Singular(name), random, token, depth + 1) : null;
            return new JsonArray(item);
        }

        string value = pool.For(name, schema, random, token);
        return type switch
        {
            "integer" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long whole) => JsonValue.Create(whole),
            "number" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) => JsonValue.Create(number),
            "boolean" when bool.TryParse(value, out bool flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(value),
        };
    }

    private JsonObject ObjectOf(JsonElement schema, Random random, TokenChoice? token, int depth)
    {
        var sample = new JsonObject();
        if (schema.TryGetProperty("properties", out JsonElement properties))
        {
            foreach (JsonProperty property in properties.EnumerateObject())
            {
                sample[property.Name] = Sample(property.Value, property.Name, random, token, depth + 1);
            }
        }

        return sample;
    }

    /// <summary>The name an item of an array goes by: <c>phoneCallView</c>'s items are phone call views, <c>source</c>'s are sources.</summary>
    private static string Singular(string name) => name.EndsWith('s') && name.Length > 1 ? name[..^1] : name;
}
