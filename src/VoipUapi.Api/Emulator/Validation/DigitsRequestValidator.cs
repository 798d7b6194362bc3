using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class DigitsRequestValidator : AbstractValidator<DigitsRequest>
{
    public DigitsRequestValidator()
    {
        RuleFor(r => r.Digits)
            .NotNull()
            .WithMessage("digits is missing; send the DTMF to play, such as {\"digits\":\"2233#\"}.");
        RuleFor(r => r.Digits)
            .Must(Dtmf.IsValid)
            .When(r => r.Digits is not null)
            .WithMessage(r => $"digits {EmulatorNames.Quoted(r.Digits)} is not DTMF; send 1 to {Dtmf.MaxLength} of 0-9, * and #, such as \"2233#\".");
    }
}
