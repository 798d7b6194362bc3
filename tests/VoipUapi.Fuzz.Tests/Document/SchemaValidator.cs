using System.Globalization;
using System.Text.Json;

namespace VoipUapi.Fuzz.Tests.Document;

/// <summary>
/// Checks a JSON value against a schema of the document, in the OpenAPI 3.0 dialect Swashbuckle writes: <c>$ref</c>,
/// <c>type</c>, <c>nullable</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>,
/// <c>enum</c>, <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c> and the <c>date-time</c> format. Answers every mismatch, by its JSON path.
/// </summary>
public sealed class SchemaValidator(ApiDocument document)
{
    public IReadOnlyList<string> Validate(JsonElement value, JsonElement schema)
    {
        var problems = new List<string>();
        Check(value, schema, "$", problems);
        return problems;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        schema = document.Resolve(schema);
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!Allows(schema, "nullable") && !IsTyped(schema, "null"))
            {
                problems.Add($"{at} is null, and its schema does not allow null");
            }

            return;
        }

        foreach (JsonElement part in Each(schema, "allOf"))
        {
            Check(value, part, at, problems);
        }

        CheckAlternatives(value, schema, "oneOf", at, problems);
        CheckAlternatives(value, schema, "anyOf", at, problems);
        if (!HasType(value, schema))
        {
            problems.Add($"{at} is {Describe(value)}, and its schema wants {schema.GetProperty("type")}");
            return;
        }

        if (schema.TryGetProperty("enum", out JsonElement allowed) && !allowed.EnumerateArray().Any(option => SameValue(option, value)))
        {
            problems.Add($"{at} is {value.GetRawText()}, not one of {allowed.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out JsonElement format) && format.GetString() == "date-time"
            && !DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
        {
            problems.Add($"{at} is \"{value.GetString()}\", not a date-time");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(value, schema, at, problems);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            int index = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                Check(item, items, $"{at}[{index++}]", problems);
            }
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        foreach (JsonElement required in Each(schema, "required"))
        {
            if (!value.TryGetProperty(required.GetString()!, out _))
            {
                problems.Add($"{at}.{required.GetString()} is required by its schema, and the answer leaves it out");
            }
        }

        JsonElement properties = schema.TryGetProperty("properties", out JsonElement declared) ? declared : default;
        foreach (JsonProperty property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out JsonElement propertySchema))
            {
                Check(property.Value, propertySchema, $"{at}.{property.Name}", problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out JsonElement additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{at}.{property.Name} is not a property of its schema, which allows no others");
                }
                else
                {
                    Check(property.Value, additional, $"{at}.{property.Name}", problems);
                }
            }
        }
    }

    private void CheckAlternatives(JsonElement value, JsonElement schema, string keyword, string at, List<string> problems)
    {
        JsonElement[] alternatives = Each(schema, keyword);
        if (alternatives.Length > 0 && !Array.Exists(alternatives, alternative => Validate(value, alternative).Count == 0))
        {
            problems.Add($"{at} matches none of its {keyword} schemas");
        }
    }

    private static bool HasType(JsonElement value, JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out JsonElement type))
        {
            return true;
        }

        IEnumerable<string> types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!) : [type.GetString()!];
        return types.Any(name => name switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            _ => false,
        });
    }

    private static bool IsTyped(JsonElement schema, string name) =>
        schema.TryGetProperty("type", out JsonElement type)
        && (type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == name) : type.GetString() == name);

    private static bool Allows(JsonElement schema, string keyword) => schema.TryGetProperty(keyword, out JsonElement flag) && flag.ValueKind == JsonValueKind.True;

    private static JsonElement[] Each(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out JsonElement list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    private static bool SameValue(JsonElement a, JsonElement b) =>
        a.ValueKind == b.ValueKind && (a.ValueKind == JsonValueKind.String ? a.GetString() == b.GetString() : a.GetRawText() == b.GetRawText());

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        _ => value.GetRawText(),
    };
}
