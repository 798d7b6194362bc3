using FluentValidation;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class CallQueryValidator : AbstractValidator<CallQuery>
{
    public CallQueryValidator()
    {
        RuleFor(q => q.State)
            .Must(state => state is "live" or "ended")
            .When(q => q.State is not null)
            .WithMessage(q => $"state {EmulatorNames.Quoted(q.State)} is not a call state; send state=live or state=ended, or leave it out for both.");
        RuleFor(q => q.Number)
            .Must(number => DialedNumber.Parse(number) is { Kind: DialedNumberKind.Extended or DialedNumberKind.Public })
            .When(q => q.Number is not null)
            .WithMessage(q => $"number {EmulatorNames.Quoted(q.Number)} is not a number as calls carry it; {EmulatorPhoneBook.HowToWrite}.");
        RuleFor(q => q.Since)
            .Must(since => ClockText.TryParse(since, out _))
            .When(q => q.Since is not null)
            .WithMessage(q => $"since {EmulatorNames.Quoted(q.Since)} is not a time; send an ISO-8601 time such as 2026-01-01T10:00:00Z (URL-encoded).");
    }
}
