using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary><c>{"seconds":25}</c>: how far to move the clock forward.</summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class ClockAdvance
{
    /// <summary>From 0 to 31536000 (a year); fractions allowed.</summary>
    public double? Seconds { get; set; }
}
