using System.ComponentModel.DataAnnotations;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator;

/// <summary>Bound from the <c>Emulator</c> configuration section.</summary>
public sealed class EventStreamOptions
{
    public const string Section = EmulatorOptions.Section;

    /// <summary>
    /// How often, in real seconds, <c>GET /emulator/events</c> sends a <c>: keep-alive</c> comment while no event
    /// happens, so that proxies keep the connection open. Real time, whatever the emulator's clock does.
    /// </summary>
    [Range(1, 3600)]
    public int EventStreamHeartbeatSeconds { get; set; } = 15;
}
