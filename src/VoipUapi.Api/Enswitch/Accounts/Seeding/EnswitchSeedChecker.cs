using System.Globalization;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

/// <summary>Turns a parsed <c>dialects.enswitch</c> section into an <see cref="EnswitchDirectory"/>, refusing anything that names what does not exist.</summary>
internal sealed class EnswitchSeedChecker(string where, TelephonyDirectory network)
{
    public EnswitchDirectory Build(EnswitchSeed seed)
    {
        Require(seed.Roles is not null && seed.RatePlans is not null && seed.Customers is not null && seed.People is not null,
            "section", "roles, ratePlans, customers and people must be lists, not null");
        Require(!seed.Roles!.Contains(null!) && !seed.RatePlans!.Contains(null!) && !seed.Customers!.Contains(null!) && !seed.People!.Contains(null!),
            "section", "a list holds a null entry; give an object or leave the entry out");
        Dictionary<int, EnswitchRole> roles = [];
        foreach (EnswitchSeedRole role in seed.Roles)
        {
            string entity = Identified("role", role.Id, roles.ContainsKey(role.Id), role.Name);
            roles[role.Id] = new EnswitchRole(role.Id, role.Name!, Names<EnswitchPrivilege>(role.Privileges, entity, "privilege"));
        }

        Dictionary<int, EnswitchRatePlan> plans = [];
        foreach (EnswitchSeedRatePlan plan in seed.RatePlans!)
        {
            string entity = Identified("rate plan", plan.Id, plans.ContainsKey(plan.Id), plan.Name);
            plans[plan.Id] = new EnswitchRatePlan(plan.Id, plan.Name!, Names<EnswitchFeature>(plan.Features, entity, "feature"));
        }

        Dictionary<int, EnswitchCustomer> customers = [];
        foreach (EnswitchSeedCustomer customer in seed.Customers!)
        {
            customers[customer.Id] = Customer(customer, customers, plans);
        }

        List<EnswitchPerson> people = [];
        foreach (EnswitchSeedPerson person in seed.People!)
        {
            people.Add(Person(person, people, customers, roles));
        }

        return new EnswitchDirectory(customers.Values, people);
    }

    private EnswitchCustomer Customer(EnswitchSeedCustomer customer, Dictionary<int, EnswitchCustomer> customers, Dictionary<int, EnswitchRatePlan> plans)
    {
        string entity = Identified("customer", customer.Id, customers.ContainsKey(customer.Id), customer.Name);
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
            conferences = Extension(text);
            Require(conferences is { Type: ExtensionType.Conference } && conferences.Number.OrganizationCode == organization?.Code, entity,
                "conferenceExtension must be a Conference extension of the customer's organization, extended form (\"0003*211\")");
        }

        return new EnswitchCustomer(customer.Id, customer.Name!, customer.Parent, organization, conferences, plan!);
    }

    private EnswitchPerson Person(EnswitchSeedPerson person, List<EnswitchPerson> people, Dictionary<int, EnswitchCustomer> customers, Dictionary<int, EnswitchRole> roles)
    {
        string entity = Identified("person", person.Id, people.Exists(p => p.Id == person.Id), person.Username);
        Require(person.Username!.Trim() == person.Username, entity, "username starts or ends with a space");
        Require(people.TrueForAll(p => !string.Equals(p.Username, person.Username, StringComparison.OrdinalIgnoreCase)), entity, $"username {person.Username} is used twice");
        Require(!string.IsNullOrEmpty(person.Password), entity, "password is missing");
        Require(customers.TryGetValue(person.Customer, out EnswitchCustomer? customer), entity, $"customer {person.Customer} is not a customer of the section");
        Require(roles.TryGetValue(person.Role, out EnswitchRole? role), entity, $"role {person.Role} is not a role of the section");
        Extension? line = null;
        if (person.Line is { } text)
        {
            line = Extension(text);
            Require(line is { Type: ExtensionType.PhoneTerminal } && line.Number.OrganizationCode == customer!.Organization?.Code, entity,
                "line must be a Phone Terminal extension of the customer's organization, extended form (\"0003*210\")");
        }

        return new EnswitchPerson(person.Id, person.Username, person.Password!, person.Forename ?? string.Empty, person.Surname ?? string.Empty, customer!, role!, line);
    }

    /// <summary>The name of an entity for messages, after checking its id is positive and unused and it has a name.</summary>
    private string Identified(string kind, int id, bool used, string? name)
    {
        string entity = string.Create(CultureInfo.InvariantCulture, $"{kind} {id}");
        Require(id > 0 && !used, entity, "id must be a positive number used once");
        Require(!string.IsNullOrWhiteSpace(name), entity, kind == "person" ? "username is missing" : "name is missing");
        return entity;
    }

    private HashSet<TEnum> Names<TEnum>(List<string>? names, string entity, string what)
        where TEnum : struct, Enum
    {
        HashSet<TEnum> values = [];
        foreach (string? name in names ?? [])
        {
            Require(EnumNames.TryParse(name, out TEnum value), entity, $"{what} '{name}' is not one of {EnumNames.Listed<TEnum>()}");
            values.Add(value);
        }

        return values;
    }

    private Extension? Extension(string text) => ExtensionNumber.TryParse(text, out ExtensionNumber number) ? network.FindExtension(number) : null;

    private void Require(bool condition, string entity, string problem)
    {
        if (!condition)
        {
            throw new SeedException($"{where}: {entity}: {problem}.");
        }
    }
}
