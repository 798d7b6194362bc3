using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class PhoneActionQueryValidator : AbstractValidator<PhoneActionQuery>
{
    public PhoneActionQueryValidator() =>
        RuleFor(q => q.CallId)
            .Must(id => !string.IsNullOrWhiteSpace(id))
            .When(q => q.CallId is not null)
            .WithMessage("callId is blank; send the id of one of the phone's calls (GET /emulator/phones/{number} lists them in lines), or leave callId out to act on the only call the action fits.");
}
