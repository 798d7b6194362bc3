namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// The Enswitch customers and people of the seed (its <c>dialects.enswitch</c> section), with the roles and rate plans
/// they refer to. Immutable once built.
/// </summary>
public sealed class EnswitchDirectory
{
    private readonly Dictionary<int, EnswitchCustomer> _customers;
    private readonly Dictionary<int, EnswitchPerson> _people;
    private readonly Dictionary<string, EnswitchPerson> _peopleByUsername;

    public EnswitchDirectory(IEnumerable<EnswitchCustomer> customers, IEnumerable<EnswitchPerson> people)
    {
        _customers = customers.ToDictionary(c => c.Id);
        _people = people.ToDictionary(p => p.Id);
        _peopleByUsername = _people.Values.ToDictionary(p => p.Username, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A seed without a <c>dialects.enswitch</c> section: nobody can authenticate.</summary>
    public static EnswitchDirectory Empty { get; } = new([], []);

    public IEnumerable<EnswitchCustomer> Customers => _customers.Values.OrderBy(c => c.Id);

    public EnswitchCustomer? FindCustomer(int id) => _customers.GetValueOrDefault(id);

    public EnswitchPerson? FindPerson(int id) => _people.GetValueOrDefault(id);

    /// <summary>Usernames are compared without regard to case, as e-mail addresses often are.</summary>
    public EnswitchPerson? FindPerson(string username) => _peopleByUsername.GetValueOrDefault(username);

    /// <summary>The customer that is <paramref name="organizationId"/> on the network, if any.</summary>
    public EnswitchCustomer? CustomerOfOrganization(int organizationId) =>
        _customers.Values.FirstOrDefault(c => c.Organization?.Id == organizationId);

    public IReadOnlyList<EnswitchPerson> PeopleOf(EnswitchCustomer customer) =>
        [.. _people.Values.Where(p => p.Customer.Id == customer.Id).OrderBy(p => p.Id)];

    /// <summary>The direct sub-customers of <paramref name="customer"/>, by id.</summary>
    public IReadOnlyList<EnswitchCustomer> ChildrenOf(EnswitchCustomer customer) =>
        [.. _customers.Values.Where(c => c.ParentId == customer.Id).OrderBy(c => c.Id)];

    /// <summary><paramref name="customer"/> and every customer below it, parents before children.</summary>
    public IReadOnlyList<EnswitchCustomer> Tree(EnswitchCustomer customer)
    {
        List<EnswitchCustomer> tree = [customer];
        for (int i = 0; i < tree.Count; i++)
        {
            tree.AddRange(ChildrenOf(tree[i]));
        }

        return tree;
    }
}
