using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Hosting;

public static class TelephonyRegistration
{
    /// <summary>
    /// Starts loading the seed on another thread, where it takes a sixth of a cold start while the host is built, and
    /// registers the clock and the network built from it (its conferences scheduled, its calls in progress started). A
    /// bad seed stops the start with a <see cref="SeedException"/> naming the line or entity when the network is first
    /// resolved (<see cref="EmulatorControlRegistration.StartEmulator"/>), before the host listens. A relative seed path
    /// is found as <see cref="SeedFileLocation"/> says.
    /// </summary>
    public static IServiceCollection AddTelephonyNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        string? seedPath = configuration.GetSection(EmulatorOptions.Section).Get<EmulatorOptions>()?.SeedPath;
        Task<NetworkSeed> loading = Task.Run(() => string.IsNullOrWhiteSpace(seedPath) ? SeedLoader.LoadDefault() : SeedLoader.LoadFile(SeedFileLocation.Resolve(seedPath)));

        services.AddOptions<TelephonyOptions>().Bind(configuration.GetSection(TelephonyOptions.Section)).ValidateWith(new TelephonyOptionsValidator()).ValidateOnStart();
        services.AddSingleton(_ => VirtualClock.StartRealTime());
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
        services.AddSingleton(_ => loading.GetAwaiter().GetResult());
        services.AddSingleton(sp => StartNetwork(
            sp.GetRequiredService<NetworkSeed>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<TelephonyOptions>>().Value));
        services.AddHostedService<NetworkEventLogger>();
        return services;
    }

    /// <summary>The network of the seed, with its conferences and queues, and its calls in progress unless <c>Telephony:StartSeedCalls</c> is false.</summary>
    private static TelephonyNetwork StartNetwork(NetworkSeed seed, TimeProvider time, TelephonyOptions options)
    {
        var network = new TelephonyNetwork(seed.Directory, seed.Phones, time, options);
        network.ScheduleConferences(seed.Conferences);
        network.DefineQueues(seed.Queues);
        if (options.StartSeedCalls)
        {
            network.StartSeededCalls(seed.Calls);
        }

        return network;
    }
}
