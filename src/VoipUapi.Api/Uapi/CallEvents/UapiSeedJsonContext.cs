using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoipUapi.Api.Uapi.CallEvents;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(UapiSeed))]
internal sealed partial class UapiSeedJsonContext : JsonSerializerContext;
