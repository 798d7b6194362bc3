using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Auth;
using VoipUapi.Api.Uapi;

namespace VoipUapi.Api.Hosting;

public static class UapiRegistration
{
    /// <summary>The VoipNow UnifiedAPI dialect: OAuth tokens, bearer authentication, MVC controllers, validators, services.</summary>
    public static IServiceCollection AddUapi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OAuthOptions>().Bind(configuration.GetSection(OAuthOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UapiOptions>().Bind(configuration.GetSection(UapiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<UapiBearerFilter>();
        services.ConfigureSwaggerGen(options =>
        {
            options.OperationFilter<TokenRequestOperationFilter>();
            options.OperationFilter<BodyLimitOperationFilter>("uapi/", typeof(UapiErrorEnvelope), "application/json");
        });

        services.AddControllers()
            .AddJsonOptions(options =>
            {
                options.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
                options.JsonSerializerOptions.AllowTrailingCommas = true;
                options.JsonSerializerOptions.ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip;
            })
            .ConfigureApiBehaviorOptions(options =>
            {
                options.InvalidModelStateResponseFactory = UapiModelStateErrors.Respond;
                options.SuppressMapClientErrors = true;
            });
        services.AddSingleton<IConfigureOptions<MvcOptions>, ConfigureUapiMvc>();
        services.AddValidatorsFromAssemblyContaining<UapiPhoneCallService>(ServiceLifetime.Singleton);
        services.AddSingleton<UapiResolver>();
        services.AddSingleton<UapiPhoneCallService>();
        return services;
    }
}
