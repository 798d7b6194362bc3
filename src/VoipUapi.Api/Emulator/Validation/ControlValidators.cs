using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public static class ControlValidators
{
    /// <summary>Each of the control API's validators as the validator of what an action takes, listed rather than found by an assembly scan at start (docs/decisions/0038).</summary>
    public static IServiceCollection AddControlValidators(this IServiceCollection services) => services
        .AddSingleton<IValidator<ClockChange>, ClockChangeValidator>()
        .AddSingleton<IValidator<ClockAdvance>, ClockAdvanceValidator>()
        .AddSingleton<IValidator<IdSeedChange>, IdSeedChangeValidator>()
        .AddSingleton<IValidator<CallQuery>, CallQueryValidator>()
        .AddSingleton<IValidator<InboundCallRequest>, InboundCallRequestValidator>()
        .AddSingleton<IValidator<DigitsRequest>, DigitsRequestValidator>()
        .AddSingleton<IValidator<PhoneActionQuery>, PhoneActionQueryValidator>()
        .AddSingleton<IValidator<PhoneScript>, PhoneScriptValidator>()
        .AddSingleton<IValidator<GenesysAgentScript>, GenesysAgentScriptValidator>()
        .AddSingleton<IValidator<EventStreamQuery>, EventStreamQueryValidator>();
}
