using FluentValidation;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class ClockChangeValidator : AbstractValidator<ClockChange>
{
    /// <summary>
    /// Slower would make the real timer that wakes a running clock wait longer than a .NET timer can (49.7 days) for
    /// the longest timer a call sets (hangUpAfterSeconds 604800), which fails the request that sets it.
    /// </summary>
    public const double MinScale = 0.25;
    public const double MaxScale = 1000;

    public ClockChangeValidator()
    {
        RuleFor(c => c)
            .Must(c => c.Mode is not null || c.Now is not null)
            .WithMessage("the body names neither mode nor now; send {\"mode\":\"manual\"}, {\"mode\":\"realtime\",\"scale\":1} or {\"now\":\"2026-01-01T10:00:00Z\"}.");
        RuleFor(c => c.Mode)
            .Must(mode => IsMode(mode, EmulatorOptions.RealTimeClock) || IsMode(mode, EmulatorOptions.ManualClock))
            .When(c => c.Mode is not null)
            .WithMessage(c => $"mode {EmulatorNames.Quoted(c.Mode)} is not a clock mode; send \"realtime\" or \"manual\".");
        RuleFor(c => c.Scale)
            .Must((c, _) => IsMode(c.Mode, EmulatorOptions.RealTimeClock))
            .When(c => c.Scale is not null)
            .WithMessage("scale applies to a running clock only; send it with \"mode\":\"realtime\", or leave it out.");
        RuleFor(c => c.Scale)
            .Must(scale => double.IsFinite(scale!.Value) && scale >= MinScale && scale <= MaxScale)
            .When(c => c.Scale is not null)
            .WithMessage(c => $"scale {c.Scale} is out of range; send a number from {MinScale} to {MaxScale} (1 is real time, 10 ten times as fast).");
        RuleFor(c => c.Now)
            .Must(now => ClockText.TryParse(now, out _))
            .When(c => c.Now is not null)
            .WithMessage(c => $"now {EmulatorNames.Quoted(c.Now)} is not a time; send an ISO-8601 time such as 2026-01-01T10:00:00Z.");
    }

    private static bool IsMode(string? text, string mode) => string.Equals(text, mode, StringComparison.OrdinalIgnoreCase);
}
