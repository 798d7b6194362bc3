using FluentValidation;
using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Api.Uapi.Cdr;
using VoipUapi.Api.Uapi.Extensions;

namespace VoipUapi.Api.Uapi.Validation;

public static class UapiValidators
{
    /// <summary>
    /// Each of the dialect's validators as the validator of what an action takes, listed rather than found by an
    /// assembly scan at start (docs/decisions/0038). <see cref="CallTimingQueryValidator"/> is only ever included
    /// by the query validators that share its rules.
    /// </summary>
    public static IServiceCollection AddUapiValidators(this IServiceCollection services) => services
        .AddSingleton<IValidator<PhoneCallPayload>, PhoneCallPayloadValidator>()
        .AddSingleton<IValidator<ConferenceInvitePayload>, ConferenceInvitePayloadValidator>()
        .AddSingleton<IValidator<PhoneCallAction>, PhoneCallActionValidator>()
        .AddSingleton<IValidator<CreateCallQuery>, CreateCallQueryValidator>()
        .AddSingleton<IValidator<ConferenceInviteQuery>, ConferenceInviteQueryValidator>()
        .AddSingleton<IValidator<HangUpQuery>, HangUpQueryValidator>()
        .AddSingleton<IValidator<ListCallsQuery>, ListCallsQueryValidator>()
        .AddSingleton<IValidator<PhoneCallEventPayload>, PhoneCallEventPayloadValidator>()
        .AddSingleton<IValidator<ListPhoneCallEventsQuery>, ListPhoneCallEventsQueryValidator>()
        .AddSingleton<IValidator<CdrQuery>, CdrQueryValidator>()
        .AddSingleton<IValidator<PresenceQuery>, PresenceQueryValidator>()
        .AddSingleton<IValidator<QueueAgentsQuery>, QueueAgentsQueryValidator>()
        .AddSingleton<IValidator<QueueAgentUpdate>, QueueAgentUpdateValidator>();
}
