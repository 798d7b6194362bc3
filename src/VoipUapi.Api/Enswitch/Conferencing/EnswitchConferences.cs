using System.Globalization;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>
/// The network's scheduled conferences as Enswitch people see them: a conference belongs to the customer whose
/// organization hosts it (whoever created it: Enswitch, the seed or another dialect), and a person who is not an
/// administrator may act only on conferences that nobody or they themselves own.
/// </summary>
public sealed class EnswitchConferences(TelephonyNetwork network, EnswitchDirectory directory)
{
    public ConferenceDirectory Directory => network.Conferences;

    /// <summary>The customer whose organization has <paramref name="host"/>, if it is one.</summary>
    public EnswitchCustomer? CustomerOf(ExtensionNumber host) =>
        network.Directory.FindOrganizationByCode(host.OrganizationCode) is { } organization ? directory.CustomerOfOrganization(organization.Id) : null;

    /// <summary>The conferences of <paramref name="customer"/>, by id.</summary>
    public IReadOnlyList<ConferenceResource> Of(EnswitchCustomer customer) =>
        [.. Directory.All
            .Where(c => CustomerOf(c.Host)?.Id == customer.Id)
            .Select(c => ConferenceMapping.ToResource(c, Directory.IdOf(c.Key) ?? 0, customer.Id))
            .Where(c => c.Id > 0)
            .OrderBy(c => c.Id)];

    /// <summary>The conferences of <paramref name="customer"/> the caller may get: all for an administrator, else the unowned and its own.</summary>
    public IReadOnlyList<ConferenceResource> VisibleOf(EnswitchCaller caller, EnswitchCustomer customer) =>
        [.. Of(customer).Where(c => MayActOn(caller, c))];

    /// <summary>The conference with <paramref name="id"/>: 404 when it does not exist or is of a customer the caller cannot see, 402 when another person owns it.</summary>
    public Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> Find(EnswitchCaller caller, int id, string key)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ScheduledConference? conference = Directory.Find(id);
        EnswitchCustomer? customer = conference is null ? null : CustomerOf(conference.Host);
        if (conference is null || customer is null || !caller.CanSee(customer))
        {
            return EnswitchEnvelope.NotFound(key, string.Create(CultureInfo.InvariantCulture,
                $"there is no conference {id}, or you may not see it; send the id of a conference of your customer (conferences/list gives them)."));
        }

        ConferenceResource fields = ConferenceMapping.ToResource(conference, id, customer.Id);
        return MayActOn(caller, fields) ? (conference, fields) : OwnedByAnother(caller, fields);
    }

    /// <summary>The conference with <paramref name="code"/> among the customers the caller can see.</summary>
    public Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> FindByCode(EnswitchCaller caller, string code, string key)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ConferenceResource[] found = [.. caller.VisibleCustomers.SelectMany(Of).Where(c => c.Code == code)];
        return found switch
        {
            [] => EnswitchEnvelope.NotFound(key, $"no conference of your customer has the code {code}; send the code of one (conferences/list gives them)."),
            [var one] => Find(caller, one.Id, key),
            _ => EnswitchEnvelope.Invalid(key,
                $"code {code} is the code of conferences of customers {string.Join(" and ", found.Select(c => c.Customer.ToString(CultureInfo.InvariantCulture)))}; send the id of the one you mean instead."),
        };
    }

    /// <summary>Records a problem on <c>code</c> when another conference of the customer has it.</summary>
    public void CheckCodeIsFree(EnswitchInput input, EnswitchCustomer customer, string code, int? self)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (code.Length > 0 && Of(customer).FirstOrDefault(c => c.Code == code && c.Id != self) is { } taken)
        {
            input.Invalid("code", string.Create(CultureInfo.InvariantCulture,
                $"code {code} is already the code of conference {taken.Id} of customer {customer.Id}; codes must be unique, so send another (conferences/unused/code gives a free one)."));
        }
    }

    /// <summary>Records a problem on <c>owner</c> unless it is 0 or a person of <paramref name="customer"/>.</summary>
    public void CheckOwner(EnswitchInput input, EnswitchCustomer customer, int owner)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (owner != 0 && directory.FindPerson(owner)?.Customer.Id != customer.Id)
        {
            string people = string.Join(", ", directory.PeopleOf(customer).Select(p => p.Id.ToString(CultureInfo.InvariantCulture)));
            input.Invalid("owner", string.Create(CultureInfo.InvariantCulture,
                $"owner {owner} is not a person of customer {customer.Id}; send 0 for none or the id of one of its people ({(people.Length == 0 ? "it has none" : people)})."));
        }
    }

    /// <summary>The first six-digit code no conference of <paramref name="customer"/> has, from 100000 up; empty when all are taken.</summary>
    public string UnusedCode(EnswitchCustomer customer)
    {
        HashSet<string> taken = [.. Of(customer).Select(c => c.Code)];
        for (int code = 100_000; code <= 999_999; code++)
        {
            string text = code.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(text))
            {
                return text;
            }
        }

        return string.Empty;
    }

    private static bool MayActOn(EnswitchCaller caller, ConferenceResource conference) =>
        caller.IsAdministrator || conference.Owner == 0 || conference.Owner == caller.Person.Id;

    private static EnswitchEnvelope OwnedByAnother(EnswitchCaller caller, ConferenceResource conference) =>
        EnswitchEnvelope.RoleForbids(string.Create(CultureInfo.InvariantCulture,
            $"conference {conference.Id} is owned by person {conference.Owner}; the role {caller.Person.Role.Name} of {caller.Person.Username} needs the administrator privilege to act on a conference another person owns."));
}
