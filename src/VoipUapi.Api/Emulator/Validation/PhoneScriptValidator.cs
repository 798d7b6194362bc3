using FluentValidation;
using VoipUapi.Telephony.Phones;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Emulator.Validation;

/// <summary>The same limits as a seed phone rule (docs/seed.md).</summary>
public sealed class PhoneScriptValidator : AbstractValidator<PhoneScript>
{
    public const double MaxAnswerAfterSeconds = 86400;
    public const double MaxHangUpAfterSeconds = 604800;

    public PhoneScriptValidator()
    {
        RuleFor(s => s.Behaviour)
            .NotNull()
            .When(s => s.Registered is null || s.AnswerAfterSeconds is not null || s.HangUpAfterSeconds is not null || s.Digits is not null)
            .WithMessage($"behaviour is missing; send one of {EmulatorNames.Listed<PhoneBehaviourKind>()}, such as {{\"behaviour\":\"manual\"}}, or only {{\"registered\":false}} to unregister the phone.");
        RuleFor(s => s.Behaviour)
            .Must(b => EnumNames.TryParse<PhoneBehaviourKind>(b, out _))
            .When(s => s.Behaviour is not null)
            .WithMessage(s => $"behaviour {EmulatorNames.Quoted(s.Behaviour)} is not a phone behaviour; send one of {EmulatorNames.Listed<PhoneBehaviourKind>()}.");
        RuleFor(s => s.AnswerAfterSeconds)
            .Must(s => double.IsFinite(s!.Value) && s >= 0 && s <= MaxAnswerAfterSeconds)
            .When(s => s.AnswerAfterSeconds is not null)
            .WithMessage(s => $"answerAfterSeconds {s.AnswerAfterSeconds} is out of range; send a number from 0 to {MaxAnswerAfterSeconds}.");
        RuleFor(s => s.HangUpAfterSeconds)
            .Must(s => double.IsFinite(s!.Value) && s > 0 && s <= MaxHangUpAfterSeconds)
            .When(s => s.HangUpAfterSeconds is not null)
            .WithMessage(s => $"hangUpAfterSeconds {s.HangUpAfterSeconds} is out of range; send a number above 0 up to {MaxHangUpAfterSeconds}, or leave it out to stay on the call.");
        RuleFor(s => s.Digits)
            .Must(Dtmf.IsValid)
            .When(s => s.Digits is not null)
            .WithMessage(s => $"digits {EmulatorNames.Quoted(s.Digits)} is not DTMF; send 1 to {Dtmf.MaxLength} of 0-9, * and #, such as \"2233#\".");
    }
}
