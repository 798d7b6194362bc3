using Microsoft.Extensions.Configuration;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The container HEALTHCHECK (<c>--health-check</c>) asks /healthz where the configuration says the emulator listens.</summary>
public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(null, null, null, "http://127.0.0.1:8080/healthz")]
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
}
