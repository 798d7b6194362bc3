namespace VoipUapi.Telephony.Seeding;

/// <summary>Turns a parsed seed into a directory and phone rules, refusing anything that names what does not exist.</summary>
internal sealed class SeedValidator(string source)
{
    /// <summary>The most lines a phone may have: far above any desk phone's line keys, low enough to catch a typo.</summary>
    private const int MaxLines = 64;

    public NetworkSeed Build(SeedDocument document)
    {
        Listed(document.Organizations, "organizations");
        Listed(document.Users, "users");
        Listed(document.Extensions, "extensions");
        Listed(document.Apps, "apps");
        Require(document.Phones is not null, "phones", "must be an object with default and rules, not null");
        Require(document.Phones!.Default is not null, "phones", "default must be a phone behaviour, not null");
        Listed(document.Phones.Rules, "phones.rules");
        Listed(document.Conferences, "conferences");
        Listed(document.Queues, "queues");
        Listed(document.Calls, "calls");
        Require(document.Dialects is not null, "dialects", "must be an object with a member per dialect, not null");

        Dictionary<int, Organization> organizations = [];
        foreach (SeedOrganization seeded in document.Organizations)
        {
            string entity = $"organization {seeded.Id}";
            Require(seeded.Id > 0, entity, "id must be a positive number");
            Require(!organizations.ContainsKey(seeded.Id), entity, "id is used twice");
            Require(seeded.Code is { Length: 4 } code && code.All(char.IsAsciiDigit), entity, "code must be four digits, like \"0003\"");
            Require(organizations.Values.All(o => o.Code != seeded.Code), entity, $"code {seeded.Code} is used twice");
            organizations[seeded.Id] = new Organization(seeded.Id, seeded.Code!, Named(seeded.Name, entity));
        }

        Dictionary<int, User> users = [];
        foreach (SeedUser seeded in document.Users)
        {
            string entity = $"user {seeded.Id}";
            Require(seeded.Id > 0, entity, "id must be a positive number");
            Require(!users.ContainsKey(seeded.Id), entity, "id is used twice");
            Require(organizations.ContainsKey(seeded.OrganizationId), entity, $"organizationId {seeded.OrganizationId} is not an organization of the seed");
            users[seeded.Id] = new User(seeded.Id, seeded.OrganizationId, Named(seeded.Name, entity), seeded.CanSetCallerId);
        }

        Dictionary<ExtensionNumber, Extension> extensions = [];
        foreach (SeedExtension seeded in document.Extensions)
        {
            string entity = $"extension {seeded.Number ?? "(no number)"}";
            Require(ExtensionNumber.TryParse(seeded.Number, out ExtensionNumber number), entity, "number must be an extended number like \"0003*210\"");
            Require(number.LocalPart.Length is 3 or ExtensionNumber.MaxLocalDigits, entity,
                "the local part after the star must have three digits (0003*210), so that its short form (210) can be dialled, or five (0003*15000, dialled as 15000 inside its organization)");
            Require(!extensions.ContainsKey(number), entity, "number is used twice");
            Require(EnumNames.TryParse(seeded.Type, out ExtensionType type), entity, $"type '{seeded.Type}' is not one of {EnumNames.Listed<ExtensionType>()}");
            Require(users.TryGetValue(seeded.OwnerId, out User? owner), entity, $"owner user {seeded.OwnerId} is not a user of the seed");
            Require(organizations[owner!.OrganizationId].Code == number.OrganizationCode, entity,
                $"owner user {owner.Id} belongs to organization {organizations[owner.OrganizationId].Code}, not {number.OrganizationCode}");
            Require(CallerId.TryParse(seeded.CallerId, out CallerId? callerId), entity, $"callerId must look like \"{CallerId.Format}\"");
            extensions[number] = new Extension(number, type, owner.Id, callerId!);
        }

        List<OAuthApp> apps = [];
        foreach (SeedApp seeded in document.Apps)
        {
            string entity = $"app {seeded.ClientId ?? "(no clientId)"}";
            Require(!string.IsNullOrWhiteSpace(seeded.ClientId), entity, "clientId is missing");
            Require(apps.TrueForAll(a => a.ClientId != seeded.ClientId), entity, "clientId is used twice");
            Require(!string.IsNullOrWhiteSpace(seeded.ClientSecret), entity, "clientSecret is missing");
            Require(EnumNames.TryParse(seeded.Account, out AccountKind account), entity, "account must be administrator, organization or user");
            bool accountExists = account switch
            {
                AccountKind.Administrator => seeded.AccountId is null,
                AccountKind.Organization => seeded.AccountId is { } id && organizations.ContainsKey(id),
                _ => seeded.AccountId is { } id && users.ContainsKey(id),
            };
            Require(accountExists, entity, account == AccountKind.Administrator
                ? "an administrator app takes no accountId"
                : $"accountId {seeded.AccountId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is not {(account == AccountKind.User ? "a user" : "an organization")} of the seed");
            apps.Add(new OAuthApp(seeded.ClientId!, seeded.ClientSecret!, account, seeded.AccountId));
        }

        var rules = document.Phones.Rules.Select((rule, i) => Rule(rule, $"phone rule {i + 1}")).ToList();
        var directory = new TelephonyDirectory(organizations.Values, users.Values, extensions.Values, apps);
        SeedPhoneRule fallback = document.Phones.Default!;
        int fallbackLines = Lines(fallback, "default phone") ?? 1;
        var phones = new PhoneRuleBook(rules, Behaviour(fallback, "default phone"), fallbackLines);
        return new NetworkSeed(directory, phones)
        {
            Conferences = new SeedConferences(source).Build(document.Conferences, directory),
            Queues = new SeedQueues(source).Build(document.Queues, directory),
            Calls = new SeedCalls(source).Build(document.Calls, directory, phones),
            Source = source,
            Dialects = document.Dialects!,
        };
    }

    private PhoneRule Rule(SeedPhoneRule seeded, string entity)
    {
        PhoneAddressKind? kind = null;
        if (seeded.Kind is not null)
        {
            Require(EnumNames.TryParse(seeded.Kind, out PhoneAddressKind parsed), entity, "kind must be extension, sandbox or public");
            kind = parsed;
        }

        Require(seeded.Behaviour is not null || seeded.Lines is not null, entity, "a rule sets a behaviour, lines, or both");
        PhoneBehaviour? behaviour = seeded.Behaviour is null && seeded.Lines is not null ? NoBehaviour(seeded, entity) : Behaviour(seeded, entity);
        return new PhoneRule(seeded.Number, seeded.EndsWith, kind, behaviour, Lines(seeded, entity));
    }

    /// <summary>A rule that sets only lines leaves the behaviour to later rules: it may set none of the behaviour's fields.</summary>
    private PhoneBehaviour? NoBehaviour(SeedPhoneRule seeded, string entity)
    {
        Require(seeded.AnswerAfterSeconds == 0 && seeded.HangUpAfterSeconds is null && seeded.Digits is null, entity,
            "answerAfterSeconds, hangUpAfterSeconds and digits need a behaviour; add one or leave them out");
        return null;
    }

    private int? Lines(SeedPhoneRule seeded, string entity)
    {
        Require(seeded.Lines is null or (>= 1 and <= MaxLines), entity, $"lines must be between 1 and {MaxLines}, or absent for the default phone's");
        return seeded.Lines;
    }

    private PhoneBehaviour Behaviour(SeedPhoneRule seeded, string entity)
    {
        Require(EnumNames.TryParse(seeded.Behaviour, out PhoneBehaviourKind kind), entity, $"behaviour '{seeded.Behaviour}' is not one of {EnumNames.Listed<PhoneBehaviourKind>()}");
        Require(seeded.AnswerAfterSeconds is >= 0 and <= 86400, entity, "answerAfterSeconds must be between 0 and 86400");
        Require(seeded.HangUpAfterSeconds is null or (> 0 and <= 604800), entity, "hangUpAfterSeconds must be between 1 and 604800, or absent");
        Require(seeded.Digits is null || seeded.Digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#'), entity, "digits may hold only 0-9, * and #");
        return new PhoneBehaviour(
            kind,
            TimeSpan.FromSeconds(seeded.AnswerAfterSeconds),
            seeded.HangUpAfterSeconds is { } hangUp ? TimeSpan.FromSeconds(hangUp) : null,
            seeded.Digits);
    }

    private void Listed<T>(IReadOnlyList<T?>? items, string section)
        where T : class
    {
        Require(items is not null, section, "must be a list, not null");
        for (int i = 0; i < items!.Count; i++)
        {
            Require(items[i] is not null, section, $"entry {i + 1} is null; give an object or leave the entry out");
        }
    }

    private string Named(string? name, string entity)
    {
        Require(!string.IsNullOrWhiteSpace(name), entity, "name is missing");
        return name!;
    }

    private void Require(bool condition, string entity, string problem)
    {
        if (!condition)
        {
            throw new SeedException($"seed {source}: {entity}: {problem}.");
        }
    }
}
