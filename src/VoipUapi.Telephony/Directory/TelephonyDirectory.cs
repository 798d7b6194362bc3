namespace VoipUapi.Telephony.Directory;

/// <summary>Who and what exists on the network: organizations, users, extensions and OAuth apps. Immutable once built.</summary>
public sealed class TelephonyDirectory
{
    private readonly Dictionary<int, Organization> _organizations;
    private readonly Dictionary<string, Organization> _organizationsByCode;
    private readonly Dictionary<int, User> _users;
    private readonly Dictionary<ExtensionNumber, Extension> _extensions;
    private readonly Dictionary<int, Extension[]> _extensionsByOwner;
    private readonly Dictionary<string, OAuthApp> _apps;

    public TelephonyDirectory(
        IEnumerable<Organization> organizations,
        IEnumerable<User> users,
        IEnumerable<Extension> extensions,
        IEnumerable<OAuthApp> apps)
    {
        _organizations = organizations.ToDictionary(o => o.Id);
        _organizationsByCode = _organizations.Values.ToDictionary(o => o.Code, StringComparer.Ordinal);
        _users = users.ToDictionary(u => u.Id);
        _extensions = extensions.ToDictionary(e => e.Number);
        _extensionsByOwner = _extensions.Values
            .GroupBy(e => e.OwnerUserId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Number.ToString(), StringComparer.Ordinal).ToArray());
        _apps = apps.ToDictionary(a => a.ClientId, StringComparer.Ordinal);
    }

    public IEnumerable<Organization> Organizations => _organizations.Values;

    public IEnumerable<User> Users => _users.Values;

    public IEnumerable<Extension> Extensions => _extensions.Values;

    public IEnumerable<OAuthApp> Apps => _apps.Values;

    public Organization? FindOrganization(int id) => _organizations.GetValueOrDefault(id);

    public Organization? FindOrganizationByCode(string code) => _organizationsByCode.GetValueOrDefault(code);

    public User? FindUser(int id) => _users.GetValueOrDefault(id);

    public Extension? FindExtension(ExtensionNumber number) => _extensions.GetValueOrDefault(number);

    public OAuthApp? FindApp(string clientId) => _apps.GetValueOrDefault(clientId);

    public IReadOnlyList<Extension> ExtensionsOf(int userId) =>
        _extensionsByOwner.TryGetValue(userId, out Extension[]? owned) ? owned : [];

    public bool IsSandbox(ExtensionNumber number) =>
        number.LocalPart == ExtensionNumber.SandboxLocalPart && _organizationsByCode.ContainsKey(number.OrganizationCode);

    /// <summary>True when the number is an extension or the sandbox of an organization that exists.</summary>
    public bool Exists(ExtensionNumber number) => _extensions.ContainsKey(number) || IsSandbox(number);
}
