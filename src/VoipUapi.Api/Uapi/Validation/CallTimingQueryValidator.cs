using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary><c>waitForPickup</c> and <c>callDuration</c>, checked alike by every request that creates calls.</summary>
public sealed class CallTimingQueryValidator : AbstractValidator<ICallTimingQuery>
{
    public CallTimingQueryValidator(IOptions<TelephonyOptions> options)
    {
        TelephonyOptions limits = options.Value;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(q => q.WaitForPickup)
            .Must(v => QueryValues.TryParseWholeNumber(v, 1, limits.MaxWaitForPickupSeconds, out _))
            .When(q => q.WaitForPickup is not null)
            .WithErrorCode(TimeoutInvalid)
            .WithMessage(q => $"'{q.WaitForPickup}' is not a whole number of seconds from 1 to {limits.MaxWaitForPickupSeconds}; send for example waitForPickup=25.");

        RuleFor(q => q.CallDuration)
            .Must(v => QueryValues.TryParseWholeNumber(v, 1, limits.MaxCallDurationSeconds, out _))
            .When(q => q.CallDuration is not null)
            .WithErrorCode(DurationInvalid)
            .WithMessage(q => $"'{q.CallDuration}' is not a whole number of seconds from 1 to {limits.MaxCallDurationSeconds}; send for example callDuration=60.");
    }
}
