using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VoipUapi.Api.Emulator;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Testing;

/// <summary>
/// One whole emulator host with the test kit's defaults: a manual clock at <paramref name="start"/> (default
/// <see cref="EmulatorFactory.DefaultStart"/>), configured as
/// started with <c>--clock manual</c>, the seed's calls in progress only when <paramref name="seedCalls"/>, logs at
/// <c>Warning</c>, and <paramref name="settings"/> on top. <see cref="EmulatorFactory"/> reuses these from a pool;
/// make one yourself only for what a pooled host cannot be (a Kestrel port, services of your own).
/// </summary>
public sealed class EmulatorHost(IReadOnlyDictionary<string, string?>? settings = null, bool seedCalls = false, DateTimeOffset? start = null)
    : WebApplicationFactory<Program>
{
    private bool _started;

    public VirtualClock Clock { get; } = new(start ?? EmulatorFactory.DefaultStart);

    /// <summary>Makes the host as it was started, its clock at <paramref name="now"/>, for the next test (<see cref="EmulatorControl.Restart"/>).</summary>
    public void Restart(DateTimeOffset now) => Services.GetRequiredService<EmulatorControl>().Restart(now);

    /// <summary>A <see cref="Restart"/>; false when the host never started (or failed to), which is then not reused.</summary>
    internal bool TryRestart(DateTimeOffset now)
    {
        if (!_started)
        {
            return false;
        }

        Restart(now);
        return true;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        IHost host = base.CreateHost(builder);
        _started = true;
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The factory finds the app's content root from the working directory; a run from anywhere else (a benchmark
        // started with `dotnet run --project`) would look for the sources. The app's files are copied beside the tests.
        builder.UseContentRoot(AppContext.BaseDirectory);
        // Nothing re-reads a changed appsettings file, and its watcher costs the first host ~100 ms over a test
        // project's output folder.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Emulator:Clock", "manual");
        builder.UseSetting("Telephony:StartSeedCalls", seedCalls ? "true" : "false");
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.RemoveAll<VirtualClock>();
            services.AddSingleton(Clock);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
