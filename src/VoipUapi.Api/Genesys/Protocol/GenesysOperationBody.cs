using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>The members of an operation's JSON body, each read with an error that names it and says what to send.</summary>
public sealed class GenesysOperationBody(JsonObject body)
{
    private const int MaxDataPairs = 100;
    private const int MaxTextLength = 1024;

    public Outcome<string, GenesysError> OperationName(IReadOnlyList<string> valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        string names = string.Join(", ", valid);
        Outcome<string, GenesysError> name = Text("operationName", $"send one of {names}.");
        return !name.Succeeded || valid.Contains(name.Value!, StringComparer.Ordinal)
            ? name
            : GenesysError.WrongState($"'{name.Value}' is not an operation of this resource; send one of {names}.");
    }

    /// <summary><c>destination.phoneNumber</c>: the number to dial.</summary>
    public Outcome<string, GenesysError> Destination()
    {
        const string Hint = "send \"destination\":{\"phoneNumber\":\"15002\"}.";
        return body["destination"] switch
        {
            null => GenesysError.Missing("destination", Hint),
            JsonObject destination => new GenesysOperationBody(destination).Text("phoneNumber", Hint, "destination.phoneNumber"),
            _ => GenesysError.Invalid($"destination must be an object; {Hint}"),
        };
    }

    /// <summary>A required string member.</summary>
    public Outcome<string, GenesysError> Text(string name, string hint, string? shownAs = null)
    {
        string shown = shownAs ?? name;
        if (body[name] is not { } node)
        {
            return GenesysError.Missing(shown, hint);
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            return GenesysError.Invalid($"{shown} must be a string; {hint}");
        }

        string text = node.GetValue<string>().Trim();
        return text.Length is 0 or > MaxTextLength ? GenesysError.Invalid($"{shown} is {(text.Length == 0 ? "blank" : "too long")}; {hint}") : text;
    }

    /// <summary>A required non-empty array of strings.</summary>
    public Outcome<IReadOnlyList<string>, GenesysError> Strings(string name, string hint)
    {
        if (body[name] is not { } node)
        {
            return GenesysError.Missing(name, hint);
        }

        if (node is not JsonArray { Count: > 0 and <= MaxDataPairs } items || items.Any(item => item?.GetValueKind() != JsonValueKind.String))
        {
            return GenesysError.Invalid($"{name} must be a non-empty array of strings; {hint}");
        }

        return items.Select(item => item!.GetValue<string>().Trim()).ToList();
    }

    /// <summary>The optional <c>userData</c> object: keys to strings or numbers (numbers are kept as their text).</summary>
    public Outcome<IReadOnlyDictionary<string, string>, GenesysError> UserData(bool required)
    {
        const string Hint = "send \"userData\":{\"AccountNumber\":\"12345\"}, string or number values.";
        switch (body["userData"])
        {
            case null when required:
                return GenesysError.Missing("userData", Hint);
            case null:
                return new Dictionary<string, string>();
            case JsonObject data when data.Count <= MaxDataPairs:
                Dictionary<string, string> pairs = new(StringComparer.Ordinal);
                foreach ((string key, JsonNode? value) in data)
                {
                    if (string.IsNullOrWhiteSpace(key) || value is null || value.GetValueKind() is not (JsonValueKind.String or JsonValueKind.Number))
                    {
                        return GenesysError.Invalid($"userData '{key}' must be a non-blank key with a string or number value; {Hint}");
                    }

                    pairs[key] = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                }

                return pairs.Count == 0 && required ? GenesysError.Missing("a pair in userData", Hint) : pairs;
            default:
                return GenesysError.Invalid(string.Create(CultureInfo.InvariantCulture, $"userData must be an object of at most {MaxDataPairs} pairs; {Hint}"));
        }
    }
}
