using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Accounts.Seeding;
using VoipUapi.Api.Enswitch.Calling;
using VoipUapi.Api.Enswitch.Conferencing;
using VoipUapi.Api.Enswitch.Swagger;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Enswitch;

public static class EnswitchRegistration
{
    /// <summary>Every function of the Enswitch JSON API lives under this prefix.</summary>
    public const string PathPrefix = "/api/json";

    /// <summary>
    /// The Enswitch JSON API dialect: its people from the seed's <c>dialects.enswitch</c> section, its own parameter
    /// reader, envelope and authentication, its envelope for errors under <c>/api/json</c>, its services and its part
    /// of the OpenAPI document. It needs no MVC convention: its controllers bind nothing, the gate reads the request.
    /// </summary>
    public static IServiceCollection AddEnswitch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EnswitchOptions>().Bind(configuration.GetSection(EnswitchOptions.Section)).ValidateWith(new EnswitchOptionsValidator()).ValidateOnStart();
        services.AddDialectControllers();
        services.AddErrorEnvelope(PathPrefix, EnswitchHostErrors.WriteAsync);
        services.AddSingleton(sp => EnswitchSeedReader.Read(sp.GetRequiredService<NetworkSeed>()));
        services.AddSingleton<EnswitchGate>();
        services.AddSingleton<EnswitchAccountService>();
        services.AddSingleton<EnswitchConferences>();
        services.AddSingleton<EnswitchConferenceService>();
        services.AddSingleton<EnswitchNotificationService>();
        services.AddSingleton<CallRecordEdits>();
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<CallRecordEdits>());
        services.AddSingleton<ActiveCallRows>();
        services.AddSingleton<EnswitchNumbers>();
        services.AddSingleton<ClockDelays>();
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<ClockDelays>());
        services.AddSingleton<EnswitchCallService>();
        services.AddSingleton<EnswitchCallMaker>();
        services.ConfigureSwaggerGen(options => options.OperationFilter<EnswitchOperationFilter>());
        return services;
    }

    /// <summary>Reads the seed's Enswitch people now, so that a bad <c>dialects.enswitch</c> section stops the start.</summary>
    public static WebApplication StartEnswitch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<EnswitchDirectory>();
        return app;
    }
}
