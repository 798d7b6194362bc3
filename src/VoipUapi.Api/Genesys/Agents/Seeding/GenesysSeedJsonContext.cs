using System.Text.Json.Serialization;

namespace VoipUapi.Api.Genesys.Agents.Seeding;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(GenesysSeed))]
internal sealed partial class GenesysSeedJsonContext : JsonSerializerContext;
