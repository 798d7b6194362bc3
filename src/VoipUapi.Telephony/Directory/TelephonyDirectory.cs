namespace VoipUapi.Telephony.Directory;

/// <summary>Who and what exists on the network: organizations, users, extensions and OAuth apps. Immutable once built.</summary>
public sealed class TelephonyDirectory
{
    private readonly Dictionary<int, Organization> _organizations;
    private readonly Dictionary<string, Organization> _organizationsByCode;
    private readonly Dictionary<int, User> _users;
    private readonly Dictionary<ExtensionNumber, Extension> _extensions;
    private readonly Dictionary<int, Extension[]> _extensionsByOwner;
    private readonly Dictionary<string, Extension[]> _extensionsByLocalPart;
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
        _extensionsByLocalPart = _extensions.Values
            .GroupBy(e => e.Number.LocalPart, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
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

    /// <summary>
    /// The one extension of the network whose local part is <paramref name="digits"/> (<c>15000</c> for
    /// <c>0003*15000</c>); null when none or several organizations have it.
    /// </summary>
    public Extension? FindOnlyExtensionNumbered(string digits) =>
        _extensionsByLocalPart.TryGetValue(digits, out Extension[]? found) && found.Length == 1 ? found[0] : null;

    public OAuthApp? FindApp(string clientId) => _apps.GetValueOrDefault(clientId);

    public IReadOnlyList<Extension> ExtensionsOf(int userId) =>
        _extensionsByOwner.TryGetValue(userId, out Extension[]? owned) ? owned : [];

    public bool IsSandbox(ExtensionNumber number) =>
        number.LocalPart == ExtensionNumber.SandboxLocalPart && _organizationsByCode.ContainsKey(number.OrganizationCode);

    /// <summary>True when the number is an extension or the sandbox of an organization that exists.</summary>
    public bool Exists(ExtensionNumber number) => _extensions.ContainsKey(number) || IsSandbox(number);
}
