namespace VoipUapi.Api.Genesys.Agents;

/// <summary>The agents of the seed's <c>dialects.genesys</c> section, by user name and by device. Immutable once built.</summary>
public sealed class GenesysAgentDirectory
{
    private readonly Dictionary<string, GenesysAgent> _byUserName;
    private readonly Dictionary<string, GenesysAgent> _byExtension;

    public GenesysAgentDirectory(IEnumerable<GenesysAgent> agents)
    {
        List<GenesysAgent> all = [.. agents];
        Agents = all;
        _byUserName = all.ToDictionary(a => a.UserName, StringComparer.OrdinalIgnoreCase);
        _byExtension = all.ToDictionary(a => a.Extension.Number.ToString(), StringComparer.Ordinal);
    }

    /// <summary>A seed without a <c>dialects.genesys</c> section: nobody can log in.</summary>
    public static GenesysAgentDirectory Empty { get; } = new([]);

    public IReadOnlyList<GenesysAgent> Agents { get; }

    /// <summary>User names are compared without regard to case.</summary>
    public GenesysAgent? Find(string userName) => _byUserName.GetValueOrDefault(userName);

    /// <summary>The agent whose device is the extension <paramref name="extendedNumber"/> (<c>0003*15000</c>), if any.</summary>
    public GenesysAgent? OnExtension(string extendedNumber) => _byExtension.GetValueOrDefault(extendedNumber);
}
