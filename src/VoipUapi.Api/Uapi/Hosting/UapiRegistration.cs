using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Api.Uapi.Extensions;
using VoipUapi.Api.Uapi.Faxes;
using VoipUapi.Api.Uapi.Json;
using VoipUapi.Api.Uapi.Validation;

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
        services.AddOptions<OAuthOptions>().Bind(configuration.GetSection(OAuthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UapiOptions>().Bind(configuration.GetSection(UapiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenStore>();
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
        services.AddValidatorsFromAssemblyContaining<PhoneCallPayloadValidator>(
            ServiceLifetime.Singleton,
            filter: result => result.ValidatorType.Namespace == typeof(PhoneCallPayloadValidator).Namespace);
        services.AddSingleton<UapiResolver>();
        services.AddSingleton<UapiPhoneCallService>();
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

    /// <summary>An <see cref="IUapiQuery"/> is bound straight from the query string.</summary>
    private static Type? QueryBinderOf(Type parameterType) =>
        parameterType.IsAssignableTo(typeof(IUapiQuery)) && !parameterType.IsAbstract ? typeof(UapiQueryModelBinder<>).MakeGenericType(parameterType) : null;
}
