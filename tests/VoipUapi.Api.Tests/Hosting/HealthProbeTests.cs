using Microsoft.Extensions.Configuration;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Tests.Support;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The container HEALTHCHECK (<c>--health-check</c>) asks /healthz where the configuration says the emulator listens.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(null, null, null, "http://127.0.0.1:5000/healthz")]
    [InlineData(null, "9000", null, "http://127.0.0.1:9000/healthz")]
    [InlineData(null, "9000;9001", null, "http://127.0.0.1:9000/healthz")]
    [InlineData(null, null, "8443", "https://127.0.0.1:8443/healthz")]
    [InlineData("http://0.0.0.0:5080", "9000", null, "http://127.0.0.1:5080/healthz")]
    [InlineData("https://+:5443;http://*:5080", null, null, "http://127.0.0.1:5080/healthz")]
    [InlineData("https://localhost:5443/", null, null, "https://127.0.0.1:5443/healthz")]
    public void The_probe_follows_the_configured_address(string? urls, string? httpPorts, string? httpsPorts, string expected)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = urls, ["HTTP_PORTS"] = httpPorts, ["HTTPS_PORTS"] = httpsPorts })
            .Build();

        HealthProbe.HealthUrl(configuration).Should().Be(new Uri(expected));
    }

    [Fact]
    public void The_switch_is_recognised_among_other_arguments()
    {
        HealthProbe.IsRequested(["--urls", "http://127.0.0.1:5080", "--health-check"]).Should().BeTrue();
        HealthProbe.IsRequested(["--urls", "http://127.0.0.1:5080"]).Should().BeFalse();
    }

    [Fact]
    public void Without_an_address_the_probe_asks_the_port_dotnet_run_listens_on()
    {
        IConfiguration nothing = new ConfigurationBuilder().Build();

        HealthProbe.HealthUrl(nothing).Should().Be(new Uri("http://127.0.0.1:5000/healthz"), "Kestrel listens on http://localhost:5000 when nothing names an address");
    }

    [Fact]
    public async Task The_probe_exits_0_against_a_listening_emulator_and_1_once_it_is_gone()
    {
        var emulator = new RealClockEmulator(new Dictionary<string, string?>());
        emulator.UseKestrel(0);
        emulator.StartServer();
        string url = emulator.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority);

        int healthy = await HealthProbe.RunAsync(["--urls", url, HealthProbe.Switch]);
        await emulator.DisposeAsync();
        int gone = await HealthProbe.RunAsync(["--urls", url, HealthProbe.Switch]);

        healthy.Should().Be(0);
        gone.Should().Be(1);
    }
}
