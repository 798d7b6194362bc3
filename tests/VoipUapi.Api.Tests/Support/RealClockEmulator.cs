using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VoipUapi.Api.Tests.Support;

/// <summary>The emulator in-process with the clock it makes for itself (real time), for tests of its start options.</summary>
public sealed class RealClockEmulator(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach ((string key, string? value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
