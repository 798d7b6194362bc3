using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// <c>{"mode":"manual"}</c> freezes the clock, <c>{"mode":"realtime","scale":10}</c> runs it ten times as fast,
/// <c>{"now":"2026-01-01T10:00:00Z"}</c> moves it forward to that time, firing what falls due on the way.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class ClockChange
{
    /// <summary><c>realtime</c> or <c>manual</c>.</summary>
    public string? Mode { get; set; }

    /// <summary>With <c>realtime</c>: emulated seconds per real second, from 0.25 to 1000 (default 1).</summary>
    public double? Scale { get; set; }

    /// <summary>An ISO-8601 time at or after the clock's; applied before <see cref="Mode"/>.</summary>
    public string? Now { get; set; }
}
