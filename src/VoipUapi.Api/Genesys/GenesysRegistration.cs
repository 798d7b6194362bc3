using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Agents.Seeding;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Genesys.Swagger;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Genesys;

public static class GenesysRegistration
{
    /// <summary>Every resource of the Genesys Web Services API lives under this prefix.</summary>
    public const string PathPrefix = "/api/v2";

    /// <summary>
    /// The Genesys Web Services Voice API dialect (agent side): its agents from the seed's <c>dialects.genesys</c>
    /// section, HTTP Basic and <c>JSESSIONID</c> authentication with CSRF, the <c>{"statusCode":…}</c> envelope for
    /// errors under <c>/api/v2</c>, and the notifications handed to an <see cref="IGenesysNotificationSink"/>
    /// (an in-memory one unless another is registered).
    /// </summary>
    public static IServiceCollection AddGenesys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GenesysOptions>().Bind(configuration.GetSection(GenesysOptions.Section)).ValidateWith(new GenesysOptionsValidator()).ValidateOnStart();
        // Genesys actions read their JSON bodies themselves (GenesysBodyReader): no body binder, but MVC's form readers
        // stay off and a blank path segment reaches the action as it was sent.
        services.AddDialectConvention(new DialectConvention(typeof(GenesysControllerBase), bodyBinder: null));
        services.Configure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new BlankSegmentsKeptMetadataProvider(typeof(GenesysControllerBase))));
        services.AddSingleton(sp => GenesysSeedReader.Read(sp.GetRequiredService<NetworkSeed>()));
        services.AddSingleton(sp => sp.GetRequiredService<GenesysSeedContent>().Agents);
        services.AddSingleton(sp => new GenesysCallIds(sp.GetRequiredService<GenesysSeedContent>().Calls));
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<GenesysCallIds>());
        services.AddErrorEnvelope(PathPrefix, GenesysHostErrors.WriteAsync);
        services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(GenesysOperationFilter.SchemeId, GenesysOperationFilter.Scheme);
            options.OperationFilter<GenesysOperationFilter>();
        });
        services.AddSingleton<GenesysSessions>();
        services.AddSingleton<IRestartWithEmulator>(sp => sp.GetRequiredService<GenesysSessions>());
        services.AddSingleton<GenesysAuthenticator>();
        services.AddSingleton<GenesysBaseUrls>();
        services.AddSingleton<IRestartWithEmulator>(sp => sp.GetRequiredService<GenesysBaseUrls>());
        services.AddSingleton<GenesysGate>();
        services.AddSingleton<GenesysAgentStates>();
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<GenesysAgentStates>());
        services.AddSingleton<GenesysAgentService>();
        services.AddSingleton<GenesysCalls>();
        services.AddSingleton<GenesysCallOperations>();
        services.AddSingleton<GenesysDialer>();
        services.AddSingleton<GenesysCallNotifications>();
        services.AddHostedService<GenesysNotificationPublisher>();
        services.AddSingleton<RecentGenesysNotifications>();
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<RecentGenesysNotifications>());
        services.AddSingleton<GenesysNotificationOutlet>();
        services.TryAddSingleton<IGenesysNotificationSink>(sp => sp.GetRequiredService<RecentGenesysNotifications>());
        return services;
    }

    /// <summary>Reads the seed's Genesys agents now, so that a bad <c>dialects.genesys</c> section stops the start.</summary>
    public static WebApplication StartGenesys(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<GenesysAgentDirectory>();
        return app;
    }
}
