using Microsoft.OpenApi;

namespace VoipUapi.Api.Hosting;

public static class SwaggerSetup
{
    private const string SchemeId = "oauth2";
    private static readonly PathString SwaggerPath = new("/swagger");

    /// <summary>The OpenAPI document, with an OAuth2 client-credentials scheme whose token URL is the emulator's own.</summary>
    public static IServiceCollection AddEmulatorSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "VoipUapi — telephony API emulator",
                Version = "v1",
                Description = "The VoipNow UnifiedAPI phone-call service, emulated on a simulated telephone network. "
                    + "Authorize with a seed app (uapi-user-app / uapi-user-secret) to try the calls.",
            });
            options.AddSecurityDefinition(SchemeId, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description = "Client credentials of an app in the seed; the token comes from POST /oauth/token.php.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/oauth/token.php", UriKind.Relative), Scopes = new Dictionary<string, string>() },
                },
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] });
            options.IncludeXmlComments(typeof(SwaggerSetup).Assembly);
            options.DescribeAllParametersInCamelCase();
        });
        return services;
    }

    /// <summary>
    /// The document at <c>/swagger/v1/swagger.json</c> and the UI at <c>/swagger</c>, in a branch that only requests
    /// under <c>/swagger</c> enter, so that vendor requests do not pass through two more middlewares.
    /// </summary>
    public static WebApplication UseEmulatorSwagger(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(SwaggerPath), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint("/swagger/v1/swagger.json", "VoipUapi v1");
                options.OAuthClientId("uapi-user-app");
                options.OAuthClientSecret("uapi-user-secret");
            });
        });
        return app;
    }
}
