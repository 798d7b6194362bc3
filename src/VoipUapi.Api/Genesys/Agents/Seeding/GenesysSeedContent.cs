using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Genesys.Agents.Seeding;

/// <summary>What the seed's <c>dialects.genesys</c> section gives: the agents, and the Genesys names of seeded calls.</summary>
public sealed record GenesysSeedContent(GenesysAgentDirectory Agents, IReadOnlyList<(CallId Call, GenesysCallIdentity Identity)> Calls)
{
    public static GenesysSeedContent Empty { get; } = new(GenesysAgentDirectory.Empty, []);
}
