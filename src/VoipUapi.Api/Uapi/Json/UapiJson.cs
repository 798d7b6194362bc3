using System.Text.Json;
using VoipUapi.Api.Conventions;

namespace VoipUapi.Api.Uapi.Json;

/// <summary>
/// The UnifiedAPI's JSON, for its bodies and its answers: camelCase, absent values left out rather than written as
/// null, and bodies read leniently, as real PBX clients write them (<see cref="LenientJson"/>).
/// </summary>
public static class UapiJson
{
    public static readonly JsonSerializerOptions Options = LenientJson.Create();
}
