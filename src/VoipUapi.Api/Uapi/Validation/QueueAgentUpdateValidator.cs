using FluentValidation;
using VoipUapi.Api.Uapi.Extensions;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class QueueAgentUpdateValidator : AbstractValidator<QueueAgentUpdate>
{
    public const string Statuses = "0 (logged out), 1 (online) or 2 (paused)";

    public QueueAgentUpdateValidator()
    {
        RuleFor(u => u.Status)
            .Must(status => status is "0" or "1" or "2")
            .WithErrorCode(StatusInvalid)
            .WithMessage(u => u.Status is null
                ? $"status is missing; send the agent's new status: {Statuses}, such as {{\"status\":\"1\"}}."
                : $"'{u.Status}' is not an agent status; send {Statuses}.");
    }
}
