namespace VoipUapi.Api.Genesys.Agents.Seeding;

/// <summary>The Genesys id and connId of a call of the seed's <c>calls</c>.</summary>
public sealed class GenesysSeedCall
{
    /// <summary>The id of the call in the seed's <c>calls</c>.</summary>
    public string? Call { get; set; }

    public string? Id { get; set; }

    public string? ConnId { get; set; }
}
