using System.Text.Json;
using VoipUapi.Api.Conventions;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// The control API's JSON (docs/control-api.md): camelCase, null fields left out unless a resource always shows
/// them, bodies read leniently (<see cref="LenientJson"/>) up to <see cref="MaxBodyBytes"/>.
/// </summary>
public static class ControlJson
{
    /// <summary>The largest control request body; control requests are small objects such as <c>{"seconds":25}</c>.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static readonly JsonSerializerOptions Options = LenientJson.Create();
}
