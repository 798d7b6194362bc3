using Microsoft.OpenApi;

namespace VoipUapi.Api.Hosting;

public static class SwaggerSetup
{
    private static readonly PathString SwaggerPath = new("/swagger");

    /// <summary>
    /// The OpenAPI document; each dialect adds its security scheme, marks the operations that need it and adds its
    /// examples (<see cref="OperationDocsFilter"/>).
    /// </summary>
    public static IServiceCollection AddEmulatorSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "VoipUapi — telephony API emulator",
                Version = "v1",
                Description = "The VoipNow UnifiedAPI phone-call service, the Enswitch JSON API and the Genesys Web Services "
                    + "Voice API, emulated on one simulated telephone network, and the emulator's control API (/emulator). Every "
                    + "operation's example works as it is against a freshly started default seed. Authorize with a seed app "
                    + "(uapi-user-app / uapi-user-secret) to try the UnifiedAPI, and with an agent (agent1 / password) to try "
                    + "Genesys (its POSTs send the X-CSRF-TOKEN header of an earlier answer); Enswitch takes auth_username and "
                    + "auth_password; the control API needs no token (only X-Emulator-Key when the emulator was started with --control-key). "
                    + "The live dashboard is at /emulator/ui.",
            });
            options.DocumentFilter<PlainSummariesFilter>();
            options.IncludeXmlComments(typeof(SwaggerSetup).Assembly);
            options.DescribeAllParametersInCamelCase();
        });
        return services;
    }

    /// <summary>
    /// The document at <c>/swagger/v1/swagger.json</c> and the UI at <c>/swagger</c>, in a branch that only requests
    /// under <c>/swagger</c> enter, so that vendor requests do not pass through two more middlewares; set up by the first.
    /// </summary>
    public static WebApplication UseEmulatorSwagger(this WebApplication app)
    {
        app.UseWhenFirstEntered(context => context.Request.Path.StartsWithSegments(SwaggerPath), swagger =>
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
