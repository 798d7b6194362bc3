using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Fuzz.Tests.Oracles;
using VoipUapi.Fuzz.Tests.Running;
using VoipUapi.Fuzz.Tests.Support;

namespace VoipUapi.Fuzz.Tests;

/// <summary>Each oracle fails a run: routes of a test host that break one rule each are fuzzed like any route of the document.</summary>
public sealed class OracleTests
{
    [Fact]
    public async Task Each_rule_broken_by_a_route_is_found_and_the_seed_to_replay_it_is_printed()
    {
        var settings = new FuzzSettings(FuzzSettings.DefaultSeed, RandomCasesPerOperation: 5, Only: "/test-only/");
        await using FuzzTarget target = await FuzzTarget.StartAsync(settings.Seed, AddMisbehavingRoutes);

        FuzzReport report = await new FuzzRunner(target, settings).RunAsync();

        report.FirstFindings.Select(finding => $"{finding.Request.Operation.Key}: {finding.Oracle}").Should().Contain(
        [
            $"GET /uapi/test-only/fault/{{id}}: {Finding.Fault}",
            $"GET /uapi/test-only/bare-error/{{id}}: {Finding.Envelope}",
            $"DELETE /uapi/test-only/refuse-after-hanging-up/{{id}}: {Finding.StateChanged}",
            $"GET /uapi/test-only/leak/{{id}}: {Finding.StackTrace}",
            $"GET /uapi/test-only/blank-taken/{{id}}: {Finding.BlankTaken}",
            $"GET /uapi/test-only/other-shape/{{id}}: {Finding.Undocumented}",
        ]);
        report.Describe().Should().Contain($"{FuzzSettings.SeedVariable}={FuzzSettings.DefaultSeed}").And.Contain("seed 13");
    }

    [Fact]
    public async Task A_host_that_stops_answering_is_found()
    {
        var settings = new FuzzSettings(FuzzSettings.DefaultSeed, RandomCasesPerOperation: 0, Only: "/uapi/test-stop/");
        await using FuzzTarget target = await FuzzTarget.StartAsync(settings.Seed, AddMisbehavingRoutes);

        FuzzReport report = await new FuzzRunner(target, settings).RunAsync();

        report.FirstFindings.Select(finding => finding.Oracle).Should().Contain(Finding.HostDied);
    }

    [Fact]
    public void The_envelope_of_a_path_is_the_row_of_its_longest_prefix()
    {
        EnvelopeRules.For("/uapi/phoneCalls/@me/210").Prefix.Should().Be("/uapi");
        EnvelopeRules.For("/oauth/token.php").Prefix.Should().Be("/oauth");
        EnvelopeRules.For("/emulator").Prefix.Should().Be("/emulator");
        EnvelopeRules.For("/emulatorx").Prefix.Should().BeEmpty("a prefix is whole segments");
        EnvelopeRules.For("/healthz").Prefix.Should().BeEmpty();
    }

    private static void AddMisbehavingRoutes(IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(MisbehavingController).Assembly);
}
