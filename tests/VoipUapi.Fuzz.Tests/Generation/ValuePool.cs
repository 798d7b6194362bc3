using System.Text.Json;
using VoipUapi.Telephony.Directory;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>
/// Good values for parameters and fields, by name (any case): the seed's users, extensions and apps, the live calls,
/// the vendors' own example values and the default seed's Enswitch people (docs/seed.md), the likeliest first. Half the time a request gets the likeliest value, or the
/// one of the app whose token it carries (its own user and Phone Terminal), so that many requests get past validation
/// to the rules behind it. A name it does not know gets a value of its schema's type, so that a new route is fuzzed
/// all the same; adding its names here only lets more of its requests through.
/// </summary>
public sealed class ValuePool
{
    private static readonly string[] PublicNumbers = ["5353535", "5354353", "3235742879", "+4930123456", "3334444"];
    private readonly Dictionary<string, string[]> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _agentIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _homes = new(StringComparer.Ordinal);
    private string[] _callIds = ["b817d2618fe6f1804333"];

    public ValuePool(TelephonyDirectory directory)
    {
        string[] users = ["@me", "@viewer", "@owner", .. directory.Users.Select(user => user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        string[] extended = directory.Extensions.Select(extension => extension.Number.ToString()).Order(StringComparer.Ordinal).ToArray();
        string[] extensions = ["@self", .. extended, .. extended.Select(number => number[(number.IndexOf('*', StringComparison.Ordinal) + 1)..]).Distinct()];
        string[] phones = [.. extended, .. directory.Organizations.Select(organization => $"{organization.Code}*00"), .. PublicNumbers];
        foreach (OAuthApp app in directory.Apps)
        {
            _homes[app.ClientId] = HomeOf(app, directory);
        }

        Add(users, "userId");
        Add(extensions, "extension");
        Add(phones, "number", "phoneNumber", "phone", "to", "source");
        Add([.. PublicNumbers, .. phones], "from", "destination");
        Add(directory.Apps.Select(app => app.ClientId).ToArray(), "client_id");
        Add(directory.Apps.Select(app => app.ClientSecret).ToArray(), "client_secret");
        Add(["client_credentials"], "grant_type");
        Add(["unifiedapi"], "type");
        Add(["PickUp", "OnHold", "Transfer"], "action");
        Add(["01", "00", "02", "1"], "phoneCallViewId");
        Add(["0003*024", .. phones], "sendCallTo");
        Add(["John Doe <4242425>", "Jane Roe <4242424>"], "callerId");
        Add(["John Doe <4242425>"], "callerIdDestination", "callerDestination");
        Add(["130c5a97768be67df6543b5f5fa3cc51"], "nonce");
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
        Add(["42", "7"], "seed");
        Add(["1#", "3#2233#"], "digits");
        Add(["live", "ended"], "state");
        Add(["0", "1"], "lastEventId");
        Add(["user", "operator", "reseller", "basic"], "auth_username");
        Add(["password", "operator-password", "reseller-password", "basic-password"], "auth_password");
        Add(["3", "4", "1"], "customer");
        Add(["3", "123456"], "code");
        Add(["9900", "2233"], "adminpin", "talkpin", "listenpin");
        Add(phones, "snumber", "cnumber");
        Add(["*", "devices", "devices,channels"], "subresources");
    }

    /// <summary>The ids of the live calls, for the names that take a call id, the one the seed's examples use first.</summary>
    public void UseCalls(IEnumerable<string> ids)
    {
        string[] known = ids.OrderByDescending(id => id == "b817d2618fe6f1804333").ThenBy(id => id, StringComparer.Ordinal).ToArray();
        _callIds = known.Length > 0 ? known : ["b817d2618fe6f1804333"];
    }

    /// <summary>The ids a request with an agent's credentials names first: its device's, then the Genesys ids of its live calls.</summary>
    public void UseAgentIds(string userName, string[] ids) => _agentIds[userName] = ids;

    /// <summary>Times relative to the emulator's clock, which only moves forward: a little ahead of it, and a minute behind it.</summary>
    public void UseClock(DateTimeOffset now)
    {
        Add([Text(now.AddSeconds(5)), Text(now.AddHours(1))], "now");
        Add([Text(now.AddMinutes(-1)), Text(now)], "since");
    }

    /// <summary>A good value for a parameter or field called <paramref name="name"/> of <paramref name="schema"/>, in a request carrying <paramref name="token"/>.</summary>
    public string For(string name, JsonElement schema, Random random, TokenChoice? token = null)
    {
        bool likeliest = random.Next(2) == 0;
        if (likeliest && token?.ClientId is { } clientId && _homes.TryGetValue(clientId, out var home) && home.TryGetValue(name, out string? own))
        {
            return own;
        }

        if (name == "id" && token?.AgentUserName is { } agent && _agentIds.TryGetValue(agent, out string[]? agentIds) && agentIds.Length > 0)
        {
            return Pick(agentIds, likeliest, random);
        }

        if (name is "phoneCallId" or "id" or "callId" or "filterValue")
        {
            return Pick(_callIds, likeliest, random);
        }

        if (_byName.TryGetValue(name, out string[]? values))
        {
            return Pick(values, likeliest, random);
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

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static string Pick(string[] values, bool likeliest, Random random) => likeliest ? values[0] : values[random.Next(values.Length)];

    /// <summary>The user an app names itself by, and that user's first Phone Terminal.</summary>
    private static Dictionary<string, string> HomeOf(OAuthApp app, TelephonyDirectory directory)
    {
        User? user = app.Account switch
        {
            AccountKind.User => directory.FindUser(app.AccountId ?? 0),
            AccountKind.Organization => directory.Users.Where(u => u.OrganizationId == app.AccountId).MinBy(u => u.Id),
            _ => directory.Users.MinBy(u => u.Id),
        };
        var home = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (user is null)
        {
            return home;
        }

        home["userId"] = app.Account == AccountKind.User ? "@me" : user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (directory.ExtensionsOf(user.Id).FirstOrDefault(e => e.Type == ExtensionType.PhoneTerminal) is { } terminal)
        {
            home["extension"] = terminal.Number.ToString();
        }

        return home;
    }

    private void Add(string[] values, params string[] names)
    {
        foreach (string name in names)
        {
            _byName[name] = values;
        }
    }
}
