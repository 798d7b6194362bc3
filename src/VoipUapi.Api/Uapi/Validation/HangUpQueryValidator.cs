using FluentValidation;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class HangUpQueryValidator : AbstractValidator<HangUpQuery>
{
    public HangUpQueryValidator()
    {
        RuleFor(q => q.PhoneNumber)
            .Must(n => DialedNumber.Parse(n) is not null)
            .When(q => q.PhoneNumber is not null)
            .WithErrorCode(PhoneNumberInvalid)
            .WithMessage(q => $"'{q.PhoneNumber}' is not a phone number; send the number of a party of the call, {UapiErrors.NumberHint}.");
    }
}
