namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// The person a request authenticated as, and the customers it may see: its own, and with the administrator
/// privilege every customer below it.
/// </summary>
public sealed class EnswitchCaller(EnswitchPerson person, IReadOnlyList<EnswitchCustomer> visible)
{
    public EnswitchPerson Person => person;

    public EnswitchCustomer Customer => person.Customer;

    /// <summary>Its own customer first, then the ones below it when it is an administrator.</summary>
    public IReadOnlyList<EnswitchCustomer> VisibleCustomers => visible;

    public bool IsAdministrator => Has(EnswitchPrivilege.Administrator);

    public bool Has(EnswitchPrivilege privilege) => person.Role.Privileges.Contains(privilege);

    public bool CanSee(EnswitchCustomer customer) => visible.Any(c => c.Id == customer.Id);

    /// <summary>The visible customer <paramref name="id"/>, or null.</summary>
    public EnswitchCustomer? Visible(int id) => visible.FirstOrDefault(c => c.Id == id);
}
