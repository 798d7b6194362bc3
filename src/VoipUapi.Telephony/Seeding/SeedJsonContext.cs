using System.Text.Json.Serialization;

namespace VoipUapi.Telephony.Seeding;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SeedDocument))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
