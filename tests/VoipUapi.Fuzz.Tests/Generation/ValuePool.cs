using System.Text.Json;
using VoipUapi.Telephony.Directory;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>
/// Good values for parameters and fields, by name (any case): the seed's users, extensions and apps, the live calls,
/// and the vendors' own example values. A name it does not know gets a value of its schema's type, so that a new
/// route is fuzzed all the same; adding its names here only lets more of its requests get past validation.
/// </summary>
public sealed class ValuePool
{
    private static readonly string[] PublicNumbers = ["5353535", "5354353", "3235742879", "+4930123456", "3334444"];
    private readonly Dictionary<string, string[]> _byName = new(StringComparer.OrdinalIgnoreCase);
    private string[] _callIds = ["b817d2618fe6f1804333"];

    public ValuePool(TelephonyDirectory directory)
    {
        string[] users = ["@me", "@viewer", "@owner", .. directory.Users.Select(user => user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        string[] extended = directory.Extensions.Select(extension => extension.Number.ToString()).Order(StringComparer.Ordinal).ToArray();
        string[] extensions = ["@self", .. extended, .. extended.Select(number => number[(number.IndexOf('*', StringComparison.Ordinal) + 1)..]).Distinct()];
        string[] phones = [.. extended, .. directory.Organizations.Select(organization => $"{organization.Code}*00"), .. PublicNumbers];
        Add(users, "userId");
        Add(extensions, "extension");
        Add(phones, "number", "phoneNumber", "phone", "from", "to", "sendCallTo", "source", "destination");
        Add(directory.Apps.Select(app => app.ClientId).ToArray(), "client_id");
        Add(directory.Apps.Select(app => app.ClientSecret).ToArray(), "client_secret");
        Add(["client_credentials"], "grant_type");
        Add(["unifiedapi"], "type");
        Add(["PickUp", "OnHold", "Transfer"], "action");
        Add(["00", "01", "02", "1"], "phoneCallViewId");
        Add(["John Doe <4242425>", "Jane Roe <4242424>"], "callerId", "callerIdDestination", "callerDestination");
        Add(["20", "1", "600"], "waitForPickup");
        Add(["60", "1"], "callDuration");
        Add(["false", "true"], "allowPublicTransfer", "video");
        Add(["2233", "9900"], "pin");
        Add(["5", "1", "20"], "count");
        Add(["0", "1"], "startIndex");
        Add(["id", "published"], "filterBy");
        Add(["equals", "inArray", "present", "greaterThan", "contains", "startsWith", "lessThan"], "filterOp");
        Add(["ascending", "descending"], "sortOrder");
        Add(["id,extension", "id"], "fields");
        Add(["answer", "manual", "busy", "noAnswer", "reject", "unreachable"], "behaviour");
        Add(["1", "0", "2.5"], "seconds", "answerAfterSeconds", "hangUpAfterSeconds");
        Add(["manual"], "mode");
        Add(["2"], "scale");
        Add(["2026-01-01T10:00:05Z", "2026-01-01T09:00:00Z"], "now", "since");
        Add(["42", "7"], "seed");
        Add(["1#", "3#2233#"], "digits");
        Add(["live", "ended"], "state");
        Add(["0", "1"], "lastEventId");
    }

    /// <summary>The ids of the live calls, for the names that take a call id.</summary>
    public void UseCalls(IEnumerable<string> ids)
    {
        string[] known = ids.Order(StringComparer.Ordinal).ToArray();
        _callIds = known.Length > 0 ? known : ["b817d2618fe6f1804333"];
    }

    /// <summary>A good value for a parameter or field called <paramref name="name"/> of <paramref name="schema"/>.</summary>
    public string For(string name, JsonElement schema, Random random)
    {
        if (name is "phoneCallId" or "id" or "callId" or "filterValue" or "nonce")
        {
            return name == "nonce" ? $"n{random.Next():x8}" : _callIds[random.Next(_callIds.Length)];
        }

        if (_byName.TryGetValue(name, out string[]? values))
        {
            return values[random.Next(values.Length)];
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out JsonElement options) && options.GetArrayLength() > 0)
        {
            return options[random.Next(options.GetArrayLength())].ToString();
        }

        string? type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out JsonElement declared) ? declared.ToString() : null;
        return type switch
        {
            "integer" => "1",
            "number" => "1.5",
            "boolean" => "true",
            _ when schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out JsonElement format) && format.GetString() == "date-time"
                => "2026-01-01T10:00:00Z",
            _ => "x",
        };
    }

    private void Add(string[] values, params string[] names)
    {
        foreach (string name in names)
        {
            _byName[name] = values;
        }
    }
}
