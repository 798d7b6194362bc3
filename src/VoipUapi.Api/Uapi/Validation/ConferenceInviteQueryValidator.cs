using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Conferences;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class ConferenceInviteQueryValidator : AbstractValidator<ConferenceInviteQuery>
{
    public ConferenceInviteQueryValidator(IOptions<TelephonyOptions> options)
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        Include(new CallTimingQueryValidator(options));

        RuleFor(q => q.Number)
            .Must(v => IsDigits(v, ScheduledConference.MaxNumberLength))
            .When(q => q.Number is not null)
            .WithErrorCode(NumberInvalid)
            .WithMessage(q => $"'{q.Number}' is not a conference number; send the digits of a scheduled conference of the extension, such as number=3, or leave number out and the invitee is asked for it.");

        RuleFor(q => q.Pin)
            .Must(v => IsDigits(v, ConferencePins.MaxLength))
            .When(q => q.Pin is not null)
            .WithErrorCode(PinInvalid)
            .WithMessage(q => $"'{q.Pin}' is not a PIN; send 1 to {ConferencePins.MaxLength} digits, such as pin=2233, or leave pin out and the invitee is asked for it.");
    }

    private static bool IsDigits(string? text, int maxLength) => text is { Length: > 0 } && text.Length <= maxLength && text.All(char.IsAsciiDigit);
}
