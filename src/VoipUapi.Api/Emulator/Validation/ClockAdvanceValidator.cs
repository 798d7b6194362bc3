using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class ClockAdvanceValidator : AbstractValidator<ClockAdvance>
{
    public ClockAdvanceValidator()
    {
        RuleFor(a => a.Seconds)
            .NotNull()
            .WithMessage($"seconds is missing; send how far to move the clock, such as {{\"seconds\":25}} (0 to {EmulatorControl.MaxAdvanceSeconds}).");
        RuleFor(a => a.Seconds)
            .Must(seconds => double.IsFinite(seconds!.Value) && seconds >= 0 && seconds <= EmulatorControl.MaxAdvanceSeconds)
            .When(a => a.Seconds is not null)
            .WithMessage(a => $"seconds {a.Seconds} is out of range; send a number from 0 to {EmulatorControl.MaxAdvanceSeconds} (a year): time only moves forward.");
    }
}
