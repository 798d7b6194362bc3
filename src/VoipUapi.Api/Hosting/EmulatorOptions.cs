namespace VoipUapi.Api.Hosting;

/// <summary>Bound from the <c>Emulator</c> configuration section (and <c>--seed</c>, <c>--log-format</c> on the command line).</summary>
public sealed class EmulatorOptions
{
    public const string Section = "Emulator";

    /// <summary>A JSON seed to load instead of the embedded default (docs/seed.md).</summary>
    public string? SeedPath { get; set; }

    /// <summary><c>text</c> (default) for people, <c>json</c> (compact JSON lines) for log collectors.</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>The command-line switches the emulator adds to the standard ones.</summary>
    public static readonly IReadOnlyDictionary<string, string> CommandLineSwitches = new Dictionary<string, string>
    {
        ["--seed"] = $"{Section}:{nameof(SeedPath)}",
        ["--log-format"] = $"{Section}:{nameof(LogFormat)}",
    };
}
