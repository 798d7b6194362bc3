namespace VoipUapi.Api.Genesys.Agents.Seeding;

/// <summary>The seed's <c>dialects.genesys</c> section as written (docs/seed.md).</summary>
public sealed class GenesysSeed
{
    public List<GenesysSeedAgent>? Agents { get; set; }

    public List<GenesysSeedCall>? Calls { get; set; }
}
