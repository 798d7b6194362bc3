using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class IdSeedChangeValidator : AbstractValidator<IdSeedChange>
{
    public IdSeedChangeValidator()
    {
        RuleFor(c => c.HasSeed)
            .Equal(true)
            .WithMessage("seed is missing; send {\"seed\":42} for ids that repeat from run to run, or {\"seed\":null} for random ones.");
    }
}
