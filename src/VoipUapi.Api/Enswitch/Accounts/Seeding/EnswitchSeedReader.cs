using System.Globalization;
using System.Text.Json;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

/// <summary>
/// Reads the seed's <c>dialects.enswitch</c> section, which the network passed on unread, and checks it against the
/// network's directory: a bad section stops the start with a <see cref="SeedException"/> naming the entity.
/// </summary>
public static class EnswitchSeedReader
{
    public const string DialectName = "enswitch";

    public static EnswitchDirectory Read(NetworkSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.Dialects.TryGetValue(DialectName, out JsonElement section))
        {
            return EnswitchDirectory.Empty;
        }

        string where = $"seed {seed.Source}: dialects.{DialectName}";
        EnswitchSeed? parsed;
        try
        {
            parsed = section.Deserialize(EnswitchSeedJsonContext.Default.EnswitchSeed);
        }
        catch (JsonException error)
        {
            string unmapped = error.Message.Contains("could not be mapped", StringComparison.Ordinal) ? " (a property that is not part of the format, docs/seed.md)" : string.Empty;
            throw new SeedException($"{where}: {error.Path}: {error.Message.Split(" Path:")[0]}{unmapped}", error);
        }

        return Build(parsed ?? throw new SeedException($"{where}: the section is null; give an object with roles, ratePlans, customers and people."), seed.Directory, where);
    }

    private static EnswitchDirectory Build(EnswitchSeed seed, TelephonyDirectory network, string where)
    {
        void Require(bool condition, string entity, string problem)
        {
            if (!condition)
            {
                throw new SeedException($"{where}: {entity}: {problem}.");
            }
        }

        Require(seed.Roles is not null && seed.RatePlans is not null && seed.Customers is not null && seed.People is not null,
            "section", "roles, ratePlans, customers and people must be lists, not null");
        Require(!seed.Roles!.Contains(null!) && !seed.RatePlans!.Contains(null!) && !seed.Customers!.Contains(null!) && !seed.People!.Contains(null!),
            "section", "a list holds a null entry; give an object or leave the entry out");

        Dictionary<int, EnswitchRole> roles = [];
        foreach (EnswitchSeedRole role in seed.Roles)
        {
            string entity = Entity("role", role.Id);
            Require(role.Id > 0 && !roles.ContainsKey(role.Id), entity, "id must be a positive number used once");
            Require(!string.IsNullOrWhiteSpace(role.Name), entity, "name is missing");
            HashSet<EnswitchPrivilege> privileges = [];
            foreach (string? name in role.Privileges ?? [])
            {
                Require(EnumNames.TryParse(name, out EnswitchPrivilege privilege), entity, $"privilege '{name}' is not one of {EnumNames.Listed<EnswitchPrivilege>()}");
                privileges.Add(privilege);
            }

            roles[role.Id] = new EnswitchRole(role.Id, role.Name!, privileges);
        }

        Dictionary<int, EnswitchRatePlan> plans = [];
        foreach (EnswitchSeedRatePlan plan in seed.RatePlans!)
        {
            string entity = Entity("rate plan", plan.Id);
            Require(plan.Id > 0 && !plans.ContainsKey(plan.Id), entity, "id must be a positive number used once");
            Require(!string.IsNullOrWhiteSpace(plan.Name), entity, "name is missing");
            HashSet<EnswitchFeature> features = [];
            foreach (string? name in plan.Features ?? [])
            {
                Require(EnumNames.TryParse(name, out EnswitchFeature feature), entity, $"feature '{name}' is not one of {EnumNames.Listed<EnswitchFeature>()}");
                features.Add(feature);
            }

            plans[plan.Id] = new EnswitchRatePlan(plan.Id, plan.Name!, features);
        }

        Dictionary<int, EnswitchCustomer> customers = [];
        foreach (EnswitchSeedCustomer customer in seed.Customers!)
        {
            string entity = Entity("customer", customer.Id);
            Require(customer.Id > 0 && !customers.ContainsKey(customer.Id), entity, "id must be a positive number used once");
            Require(!string.IsNullOrWhiteSpace(customer.Name), entity, "name is missing");
            Require(customer.Parent is null || customers.ContainsKey(customer.Parent.Value), entity, "parent must be a customer listed before it");
            Require(plans.TryGetValue(customer.RatePlan, out EnswitchRatePlan? plan), entity, $"ratePlan {customer.RatePlan} is not a rate plan of the section");
            Organization? organization = null;
            if (customer.OrganizationId is { } organizationId)
            {
                organization = network.FindOrganization(organizationId);
                Require(organization is not null, entity, $"organizationId {organizationId} is not an organization of the seed");
                Require(customers.Values.All(c => c.Organization?.Id != organizationId), entity, $"organization {organizationId} is already another customer");
            }

            Extension? conferences = null;
            if (customer.ConferenceExtension is { } text)
            {
                conferences = ExtensionNumber.TryParse(text, out ExtensionNumber number) ? network.FindExtension(number) : null;
                Require(conferences is { Type: ExtensionType.Conference } && conferences.Number.OrganizationCode == organization?.Code, entity,
                    "conferenceExtension must be a Conference extension of the customer's organization, extended form (\"0003*211\")");
            }

            customers[customer.Id] = new EnswitchCustomer(customer.Id, customer.Name!, customer.Parent, organization, conferences, plan!);
        }

        List<EnswitchPerson> people = [];
        foreach (EnswitchSeedPerson person in seed.People!)
        {
            string entity = Entity("person", person.Id);
            Require(person.Id > 0 && people.TrueForAll(p => p.Id != person.Id), entity, "id must be a positive number used once");
            Require(!string.IsNullOrWhiteSpace(person.Username) && person.Username.Trim() == person.Username, entity, "username is missing, or starts or ends with a space");
            Require(people.TrueForAll(p => !string.Equals(p.Username, person.Username, StringComparison.OrdinalIgnoreCase)), entity, $"username {person.Username} is used twice");
            Require(!string.IsNullOrEmpty(person.Password), entity, "password is missing");
            Require(customers.TryGetValue(person.Customer, out EnswitchCustomer? customer), entity, $"customer {person.Customer} is not a customer of the section");
            Require(roles.TryGetValue(person.Role, out EnswitchRole? role), entity, $"role {person.Role} is not a role of the section");
            Extension? line = null;
            if (person.Line is { } text)
            {
                line = ExtensionNumber.TryParse(text, out ExtensionNumber number) ? network.FindExtension(number) : null;
                Require(line is { Type: ExtensionType.PhoneTerminal } && line.Number.OrganizationCode == customer!.Organization?.Code, entity,
                    "line must be a Phone Terminal extension of the customer's organization, extended form (\"0003*210\")");
            }

            people.Add(new EnswitchPerson(person.Id, person.Username!, person.Password!, person.Forename ?? string.Empty, person.Surname ?? string.Empty, customer!, role!, line));
        }

        return new EnswitchDirectory(customers.Values, people);
    }

    private static string Entity(string kind, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind} {id}");
}
