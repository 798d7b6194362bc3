using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Hosting;

public static class TelephonyRegistration
{
    /// <summary>
    /// Loads the seed now (a bad seed stops the start with a <see cref="SeedException"/> naming the line or entity)
    /// and registers the clock and the network built from it.
    /// </summary>
    public static IServiceCollection AddTelephonyNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        string? seedPath = configuration.GetSection(EmulatorOptions.Section).Get<EmulatorOptions>()?.SeedPath;
        NetworkSeed seed = string.IsNullOrWhiteSpace(seedPath) ? SeedLoader.LoadDefault() : SeedLoader.LoadFile(seedPath);

        services.AddOptions<TelephonyOptions>().Bind(configuration.GetSection(TelephonyOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => VirtualClock.StartRealTime());
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
        services.AddSingleton(seed);
        services.AddSingleton(sp => new TelephonyNetwork(
            seed.Directory,
            seed.Phones,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<TelephonyOptions>>().Value));
        services.AddHostedService<NetworkEventLogger>();
        return services;
    }
}
