using FluentValidation;

namespace VoipUapi.Api.Emulator.Validation;

public sealed class EventStreamQueryValidator : AbstractValidator<EventStreamQuery>
{
    public EventStreamQueryValidator()
    {
        RuleFor(q => q.Named)
            .Must(IsSwitch)
            .WithMessage(q => $"named {EmulatorNames.Quoted(q.Named)} is not a switch; send named=false for unnamed message events, or leave it out for named ones.");
        RuleFor(q => q.Follow)
            .Must(IsSwitch)
            .WithMessage(q => $"follow {EmulatorNames.Quoted(q.Follow)} is not a switch; send follow=false to end after the retained events, or leave it out to follow new ones.");
        RuleFor(q => q.Deliveries)
            .Must(IsSwitch)
            .WithMessage(q => $"deliveries {EmulatorNames.Quoted(q.Deliveries)} is not a switch; send deliveries=false to leave the webhookDelivery messages out, or leave it out to have them.");
    }

    private static bool IsSwitch(string? value) => value is null || bool.TryParse(value.Trim(), out _);
}
