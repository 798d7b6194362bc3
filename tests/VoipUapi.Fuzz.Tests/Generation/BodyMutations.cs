using System.Text;
using System.Text.Json.Nodes;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>
/// The bodies tried on an operation that takes one: none, malformed JSON, deep nesting, huge strings, wrong and
/// missing content types and encodings, and, from a sample that follows the schema, each field missing, of the
/// wrong type, blank or huge, plus unknown fields.
/// </summary>
public static class BodyMutations
{
    private const string Json = "application/json";

    private static readonly (string Mutation, string Text)[] Malformed =
    [
        ("an empty body", ""), ("whitespace", " \r\n\t"), ("JSON null", "null"), ("an empty array", "[]"), ("an empty object", "{}"),
        ("a JSON string", "\"text\""), ("a JSON number", "0"), ("JSON true", "true"), ("an unclosed object", "{"),
        ("a key without a value", "{\"a\":}"), ("a trailing comma", "{\"a\":1,}"), ("single quotes", "{'a':1}"), ("two objects", "{}{}"),
        ("a number out of range", "{\"a\":1e400}"), ("NaN", "{\"a\":NaN}"), ("a NUL character", "{\"a\":\"\u0000\"}"),
        ("a lone surrogate", "{\"a\":\"\\ud800\"}"), ("a comment only", "/* */"),
        ("arrays nested 5000 deep", new string('[', 5000) + new string(']', 5000)),
        ("objects nested 300 deep", string.Concat(Enumerable.Repeat("{\"a\":", 300)) + "1" + new string('}', 300)),
        ("a string of a million characters", $"{{\"a\":\"{new string('x', 1_000_000)}\"}}"),
    ];

    private static readonly (string Mutation, JsonNode? Value)[] WrongValues =
    [
        ("null", null), ("a number", JsonValue.Create(0)), ("a negative number", JsonValue.Create(-1)), ("a fraction", JsonValue.Create(1.5)),
        ("a huge number", JsonValue.Create(1e308)), ("true", JsonValue.Create(true)), ("an empty string", JsonValue.Create("")),
        ("whitespace", JsonValue.Create(" \u00a0\u2028")), ("a NUL", JsonValue.Create("\u0000")), ("an array", new JsonArray()),
        ("an object", new JsonObject()), ("an array of arrays", new JsonArray(new JsonArray())), ("a long string", JsonValue.Create(new string('7', 20_000))),
        ("unicode", JsonValue.Create("ñandú ２１０ 📞 \u202e")),
    ];

    public static IEnumerable<BodyVariant> Of(JsonNode? sample, bool takesForm)
    {
        yield return new BodyVariant("no body", null, null);
        foreach ((string mutation, string text) in Malformed)
        {
            yield return new BodyVariant(mutation, Encoding.UTF8.GetBytes(text), Json);
        }

        string valid = sample?.ToJsonString() ?? "{}";
        byte[] utf8 = Encoding.UTF8.GetBytes(valid);
        yield return new BodyVariant("the sample", utf8, takesForm ? "application/x-www-form-urlencoded" : Json);
        yield return new BodyVariant("the sample without Content-Type", utf8, null);
        yield return new BodyVariant("the sample as text/plain", utf8, "text/plain");
        yield return new BodyVariant("XML", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><a><b>1</b></a>"), "application/xml");
        yield return new BodyVariant("the sample in UTF-16", Encoding.Unicode.GetBytes(valid), "application/json; charset=utf-16");
        yield return new BodyVariant("the sample after a byte order mark", [0xEF, 0xBB, 0xBF, .. utf8], Json);
        yield return new BodyVariant("a charset that does not exist", utf8, "application/json; charset=nonsense");
        yield return new BodyVariant("bytes that are not UTF-8", [0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D], Json);
        yield return new BodyVariant("the sample as a form", Form(sample), "application/x-www-form-urlencoded");
        yield return new BodyVariant("a form with a NUL", Encoding.ASCII.GetBytes("a=%00&grant_type=%00"), "application/x-www-form-urlencoded");
        yield return new BodyVariant("a form of 1100 fields", Encoding.ASCII.GetBytes(string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=1"))), "application/x-www-form-urlencoded");
        yield return new BodyVariant("multipart without a boundary", Encoding.ASCII.GetBytes("--x\r\n\r\n"), "multipart/form-data");
        yield return new BodyVariant("multipart with an empty boundary", Encoding.ASCII.GetBytes("--x\r\n\r\n"), "multipart/form-data; boundary=\"\"");
        yield return new BodyVariant("multipart cut short", Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb"), "multipart/form-data; boundary=x");
        yield return new BodyVariant("a Content-Type that is no media type", utf8, "nonsense");

        if (sample is not JsonObject fields)
        {
            yield break;
        }

        JsonObject extra = (JsonObject)fields.DeepClone();
        extra["unknownField"] = "x";
        extra["__proto__"] = new JsonObject { ["polluted"] = true };
        yield return Encoded("unknown fields", extra, takesForm);
        yield return new BodyVariant("a key sent twice", Encoding.UTF8.GetBytes(valid.Length > 2 ? $"{valid[..^1]},{valid[1..]}" : valid), Json);
        foreach (JsonPath path in JsonPath.AllIn(fields))
        {
            yield return Encoded($"{path} left out", path.Without(fields), takesForm);
            foreach ((string mutation, JsonNode? value) in WrongValues)
            {
                yield return Encoded($"{path} as {mutation}", path.With(fields, value), takesForm);
            }
        }
    }

    /// <summary>The top-level fields of <paramref name="sample"/> as <c>application/x-www-form-urlencoded</c>; arrays repeat their key.</summary>
    public static byte[] Form(JsonNode? sample)
    {
        IEnumerable<string> pairs = sample is JsonObject fields
            ? fields.SelectMany(field => field.Value is JsonArray items
                ? items.Select(item => Pair(field.Key, item))
                : [Pair(field.Key, field.Value)])
            : [];
        return Encoding.ASCII.GetBytes(string.Join('&', pairs));
    }

    private static BodyVariant Encoded(string mutation, JsonObject body, bool asForm) =>
        asForm
            ? new BodyVariant(mutation, Form(body), "application/x-www-form-urlencoded")
            : new BodyVariant(mutation, Encoding.UTF8.GetBytes(body.ToJsonString()), Json);

    private static string Pair(string name, JsonNode? value) =>
        $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value is JsonValue scalar && scalar.TryGetValue(out string? text) ? text : value?.ToJsonString() ?? string.Empty)}";
}
