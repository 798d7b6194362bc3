using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(EnswitchSeed))]
internal sealed partial class EnswitchSeedJsonContext : JsonSerializerContext;
