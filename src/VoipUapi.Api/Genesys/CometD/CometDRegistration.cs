using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VoipUapi.Api.Genesys.CometD;

public static class CometDRegistration
{
    /// <summary>The Bayeux server of <c>/api/v2/notifications</c>: its settings (<c>Genesys:CometD</c>), its clients, its meta channels.</summary>
    public static IServiceCollection AddGenesysCometD(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CometDOptions>().Bind(configuration.GetSection(CometDOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BayeuxClients>();
        services.AddSingleton<BayeuxServer>();
        services.TryAddSingleton<IBayeuxAuthenticator, NoAgentAuthenticator>();
        return services;
    }
}
