using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Api.Uapi.Cdr;
using VoipUapi.Api.Uapi.Extensions;
using VoipUapi.Api.Uapi.Faxes;
using VoipUapi.Api.Uapi.Json;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Uapi.Hosting;

public static class UapiRegistration
{
    /// <summary>
    /// The VoipNow UnifiedAPI dialect: OAuth tokens, bearer authentication, controllers, validators, services, and
    /// its conventions on its own controllers only: bodies read as JSON whatever their Content-Type, query objects
    /// bound by <see cref="UapiQueryModelBinder{TQuery}"/>, its envelope for bad input and for errors under
    /// <c>/uapi</c> and <c>/oauth</c> (docs/decisions/0009-dialect-scoped-conventions.md).
    /// </summary>
    public static IServiceCollection AddUapi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OAuthOptions>().Bind(configuration.GetSection(OAuthOptions.Section)).ValidateWith(new OAuthOptionsValidator()).ValidateOnStart();
        services.AddOptions<UapiOptions>().Bind(configuration.GetSection(UapiOptions.Section)).ValidateWith(new UapiOptionsValidator()).ValidateOnStart();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<IRestartWithEmulator>(sp => sp.GetRequiredService<TokenStore>());
        services.AddSingleton<UapiBearerFilter>();

        services.AddDialectConvention(new DialectConvention(typeof(UapiControllerBase), typeof(UapiJsonBodyBinder)) { ParameterBinders = QueryBinderOf });
        services.Configure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new BlankSegmentsKeptMetadataProvider(typeof(UapiControllerBase))));
        services.ConfigureSwaggerGen(options =>
        {
            options.OperationFilter<TokenRequestOperationFilter>();
            options.OperationFilter<BodyLimitOperationFilter>("uapi/", typeof(UapiErrorEnvelope), "application/json");
        });
        services.AddErrorEnvelope(UapiHostErrors.Prefix, UapiHostErrors.WriteAsync);
        services.AddErrorEnvelope(OAuthHostErrors.Prefix, OAuthHostErrors.WriteAsync);
        services.AddUapiValidators();
        services.AddSingleton<UapiResolver>();
        services.AddSingleton<UapiPhoneCallService>();
        services.AddSingleton<CdrScope>();
        services.AddCallEventWebhooks(configuration);
        services.AddSingleton<UapiPresenceService>();
        services.AddSingleton<UapiQueueAgentService>();
        services.AddSingleton<UapiFaxService>();
        services.AddSingleton<FaxUploadReader>();
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(UapiSecurityFilter.SchemeId, UapiSecurityFilter.Scheme);
            options.OperationFilter<UapiSecurityFilter>();
            options.OperationFilter<OperationDocsFilter>(UapiOperationDocs.All);
        });
        return services;
    }

    /// <summary>
    /// PhoneCallEvents: kept by the dialect and forgotten on reset, requested by the named client of
    /// <see cref="WebhookSender"/> when the network's events say so (docs/decisions/0022-call-event-webhooks.md).
    /// </summary>
    private static void AddCallEventWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section)).ValidateWith(new WebhookOptionsValidator())
            .Validate(o => o.RetryDelays.All(d => d is > 0 and <= 86_400) && o.RetryDelays.Count <= 10,
                $"{WebhookOptions.Section}:{nameof(WebhookOptions.RetryDelaysSeconds)} holds at most 10 delays, each above 0 and at most 86400 seconds.")
            .ValidateOnStart();
        services.AddSingleton<WebhookTargets>();
        services.AddSingleton(sp => new PhoneCallEventStore(
            sp.GetRequiredService<IOptions<WebhookOptions>>(),
            UapiSeedReader.Read(sp.GetRequiredService<NetworkSeed>(), sp.GetRequiredService<WebhookTargets>(), sp.GetRequiredService<TimeProvider>().GetUtcNow())));
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<PhoneCallEventStore>());
        services.AddSingleton<PhoneCallEventService>();
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddSingleton<IRestartWithEmulator>(sp => sp.GetRequiredService<WebhookDeliveryLog>());
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<WebhookSender>());
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.TimeoutSeconds));
        services.AddHostedService<WebhookDispatcher>();
    }

    /// <summary>An <see cref="IUapiQuery"/> is bound straight from the query string.</summary>
    private static Type? QueryBinderOf(Type parameterType) =>
        parameterType.IsAssignableTo(typeof(IUapiQuery)) && !parameterType.IsAbstract ? typeof(UapiQueryModelBinder<>).MakeGenericType(parameterType) : null;
}
