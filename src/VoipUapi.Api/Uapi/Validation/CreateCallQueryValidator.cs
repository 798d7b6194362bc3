using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class CreateCallQueryValidator : AbstractValidator<CreateCallQuery>
{
    public CreateCallQueryValidator(IOptions<TelephonyOptions> options)
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        Include(new CallTimingQueryValidator(options));

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
