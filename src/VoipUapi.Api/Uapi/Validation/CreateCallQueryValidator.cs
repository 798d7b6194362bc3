using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class CreateCallQueryValidator : AbstractValidator<CreateCallQuery>
{
    public CreateCallQueryValidator(IOptions<TelephonyOptions> options)
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

        RuleFor(q => q.AllowPublicTransfer)
            .Must(QueryValues.IsFlag)
            .When(q => q.AllowPublicTransfer is not null)
            .WithErrorCode(TransferInvalid)
            .WithMessage(q => $"'{q.AllowPublicTransfer}' is not a flag; send allowPublicTransfer=true or allowPublicTransfer=false.");

        RuleFor(q => q.Video)
            .Must(QueryValues.IsFlag)
            .When(q => q.Video is not null)
            .WithErrorCode(VideoInvalid)
            .WithMessage(q => $"'{q.Video}' is not a flag; send video=true or video=false.");
    }
}
