using System.Globalization;
using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>The functions a client calls first: <c>user/login</c>, <c>customers/get</c>, <c>people/list</c>, <c>people/get</c>.</summary>
public sealed class EnswitchAccountService(EnswitchDirectory directory)
{
    private static readonly string[] PeopleSorts = ["username", "forename", "fullname", "surname"];

    public EnswitchEnvelope Login(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        if (input.Flag("token") == true)
        {
            input.Invalid("token", "authentication tokens are not emulated; send token=0 or leave it out, and keep sending auth_username and auth_password.");
        }

        return input.IsValid ? EnswitchEnvelope.Ok(PersonResource.Of(request.Caller.Person)) : EnswitchEnvelope.Invalid(input.Problems);
    }

    public EnswitchEnvelope GetCustomer(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        (int? id, string? name) = IdOrName(input, "name", "customer", "customers");
        Unsupported(input, "payment", "payment settings are not emulated; send payment=0 or leave it out.", "0");
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        EnswitchCustomer? customer = request.Caller.VisibleCustomers.FirstOrDefault(c =>
            (id is null || c.Id == id) && (name is null || string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)));
        return customer is not null
            ? EnswitchEnvelope.Ok(CustomerResource.Of(customer))
            : EnswitchEnvelope.NotFound(id is null ? "name" : "id", $"the customer does not exist, or you do not have permission to view it; send your own customer ({request.Caller.Customer.Id}){(request.Caller.IsAdministrator ? " or one below it" : string.Empty)}.");
    }

    public EnswitchEnvelope ListPeople(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        EnswitchCustomer? customer = CustomerParameter.Read(request, "list the people of");
        bool count = input.Flag("count") ?? false;
        bool descending = input.Flag("descending") ?? false;
        int limit = input.Integer("limit", 0, int.MaxValue, " (0 for all)") ?? 0;
        int offset = input.Integer("offset", 0, int.MaxValue) ?? 0;
        string sort = input.Choice("sort", PeopleSorts) ?? "username";
        Unsupported(input, "pages", "pages=1 is not emulated; send pages=0 or leave it out.", "0");
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        Func<EnswitchPerson, string> key = sort switch
        {
            "forename" => p => p.Forename,
            "surname" => p => p.Surname,
            "fullname" => p => p.FullName,
            _ => p => p.Username,
        };
        IEnumerable<EnswitchPerson> people = descending
            ? directory.PeopleOf(customer!).OrderByDescending(key, StringComparer.OrdinalIgnoreCase)
            : directory.PeopleOf(customer!).OrderBy(key, StringComparer.OrdinalIgnoreCase);
        List<PersonResource> page = [.. people.Skip(offset).Take(limit == 0 ? int.MaxValue : limit).Select(PersonResource.Of)];
        return count ? EnswitchEnvelope.Ok(new ListCount(directory.PeopleOf(customer!).Count)) : EnswitchEnvelope.Ok(page);
    }

    public EnswitchEnvelope GetPerson(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        (int? id, string? username) = IdOrName(input, "username", "person", "people");
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        EnswitchPerson? person = id is { } given ? directory.FindPerson(given) : directory.FindPerson(username!);
        return person is not null && request.Caller.CanSee(person.Customer)
            ? EnswitchEnvelope.Ok(PersonResource.Of(person))
            : EnswitchEnvelope.NotFound(id is null ? "username" : "id", "the person does not exist, or you do not have permission to view them; send the id or username of a person of your customer (people/list gives them).");
    }

    /// <summary>
    /// The <c>id</c> or <paramref name="nameKey"/> a get function names its object by (one of them is needed); its
    /// <c>email</c> and <c>check</c> parameters are not emulated and refused unless harmless.
    /// </summary>
    private static (int? Id, string? Name) IdOrName(EnswitchInput input, string nameKey, string what, string whats)
    {
        int? id = input.Integer("id", 1, int.MaxValue, $" (a {what} id)");
        string? name = input.Text(nameKey, 255);
        Unsupported(input, "email", $"{whats} have no e-mail addresses in the emulator's seed; send id or {nameKey}.");
        Unsupported(input, "check", "check=1 is not emulated; send check=0 or leave it out.", "0");
        if (input.IsValid && id is null && name is null)
        {
            input.Invalid("id", $"send id or {nameKey} to name the {what}; both are missing.");
        }

        return (id, name);
    }

    /// <summary>Records a problem when <paramref name="key"/> is sent with a value other than <paramref name="harmless"/>.</summary>
    private static void Unsupported(EnswitchInput input, string key, string message, string? harmless = null)
    {
        if (input.Value(key) is { } value && value.Trim() != harmless)
        {
            input.Invalid(key, message);
        }
    }
}
