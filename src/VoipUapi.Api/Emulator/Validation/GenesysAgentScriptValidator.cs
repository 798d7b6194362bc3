using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class GenesysAgentScriptValidator : AbstractValidator<GenesysAgentScript>
{
    public GenesysAgentScriptValidator()
    {
        RuleFor(s => s.Operations)
            .Must(o => o is GenesysAgentsController.Normal or GenesysAgentsController.AcceptOnly)
            .WithMessage(s => $"operations '{s.Operations}' is not a way to carry out operations; send \"normal\" or \"accept-only\".");
    }
}
