namespace VoipUapi.Api.Hosting;

/// <summary>
/// Bound from the <c>Emulator</c> configuration section (and <c>--seed</c>, <c>--log-format</c>, <c>--clock</c>,
/// <c>--control-key</c>, <c>--id-seed</c> on the command line; <c>--cors-origins</c> is read by <see cref="BrowserOrigins"/>).
/// </summary>
public sealed class EmulatorOptions
{
    public const string Section = "Emulator";

    public const string RealTimeClock = "realtime";

    public const string ManualClock = "manual";

    /// <summary>A JSON seed to load instead of the embedded default (docs/seed.md).</summary>
    public string? SeedPath { get; set; }

    /// <summary><c>text</c> (default) for people, <c>json</c> (compact JSON lines) for log collectors.</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary><c>realtime</c> (default) or <c>manual</c>: frozen at the real now until the control API advances it. A reset restores it.</summary>
    public string Clock { get; set; } = RealTimeClock;

    /// <summary>When set, every <c>/emulator</c> request must carry it in the <c>X-Emulator-Key</c> header.</summary>
    public string? ControlKey { get; set; }

    /// <summary>Call ids follow this seed from the start and after every reset (null: random).</summary>
    public int? IdSeed { get; set; }

    public bool StartsManual => string.Equals(Clock, ManualClock, StringComparison.OrdinalIgnoreCase);

    /// <summary>The command-line switches the emulator adds to the standard ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommandLineSwitches = new Dictionary<string, string>
    {
        ["--seed"] = $"{Section}:{nameof(SeedPath)}",
        ["--log-format"] = $"{Section}:{nameof(LogFormat)}",
        ["--clock"] = $"{Section}:{nameof(Clock)}",
        ["--control-key"] = $"{Section}:{nameof(ControlKey)}",
        ["--id-seed"] = $"{Section}:{nameof(IdSeed)}",
        ["--cors-origins"] = BrowserOrigins.Key,
    };
}
