using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.CometD;

public static class CometDRegistration
{
    /// <summary>
    /// The Bayeux server of <c>/api/v2/notifications</c>: its settings (<c>Genesys:CometD</c>), its clients, its meta
    /// channels, and its clients as the <see cref="IGenesysNotificationSink"/> the Genesys dialect publishes into (in
    /// place of the dialect's in-memory default, whichever registration runs first).
    /// </summary>
    public static IServiceCollection AddGenesysCometD(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CometDOptions>().Bind(configuration.GetSection(CometDOptions.Section)).ValidateWith(new CometDOptionsValidator()).ValidateOnStart();
        services.AddSingleton<BayeuxClients>();
        services.AddSingleton<IGenesysNotificationSink>(sp => sp.GetRequiredService<BayeuxClients>());
        services.AddSingleton<IResetWithEmulator>(sp => sp.GetRequiredService<BayeuxClients>());
        services.AddSingleton<BayeuxServer>();
        return services;
    }
}
