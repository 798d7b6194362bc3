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
        EnvelopeRules.For("/api/json/calls/make/").Prefix.Should().Be("/api/json");
        EnvelopeRules.For("/api/v2/me/calls/1").Prefix.Should().Be("/api/v2");
        EnvelopeRules.For("/api/v2/me").ByAgent.Should().BeTrue("Genesys authenticates agents, not apps");
        EnvelopeRules.For("/uapi/phoneCalls").ByAgent.Should().BeFalse();
    }

    [Fact]
    public void A_genesys_refusal_is_its_status_code_envelope_or_the_plain_text_csrf_refusal()
    {
        EnvelopeRule genesys = EnvelopeRules.For("/api/v2/me");

        genesys.Check(new FuzzAnswer(404, "application/json", null, """{"statusCode":6,"statusMessage":"the agent agent1 has no call x"}""")).Should().BeNull();
        genesys.Check(new FuzzAnswer(403, "text/plain", null, "Missing or invalid Csrf token")).Should().BeNull();
        genesys.Check(new FuzzAnswer(400, "application/json", null, """{"statusCode":0,"statusMessage":"refused"}""")).Should().Contain("statusCode");
        genesys.Check(new FuzzAnswer(400, "application/json", null, """{"statusCode":10}""")).Should().Contain("[statusCode], not [statusCode, statusMessage]");
        genesys.Check(new FuzzAnswer(400, "application/json", null, """{"statusCode":10,"statusMessage":" "}""")).Should().Contain("statusMessage is not a message");
        genesys.Check(new FuzzAnswer(403, "text/plain", null, "Forbidden")).Should().Contain("Forbidden");
        genesys.Check(new FuzzAnswer(400, "application/problem+json", null, """{"status":400,"detail":"no"}""")).Should().Contain("not application/json");
    }

    [Fact]
    public void An_answer_of_an_API_that_always_says_200_is_judged_by_the_code_in_its_body()
    {
        EnvelopeRule enswitch = EnvelopeRules.For("/api/json/calls/make");
        var fault = new FuzzAnswer(200, "application/json", null, """{"responses":[{"code":"500","key":"","message":"the emulator failed"}]}""");
        var refusal = new FuzzAnswer(200, "application/json", null, """{"responses":[{"code":"400","key":"snumber","message":"snumber is missing"}]}""");
        var bare = new FuzzAnswer(200, "application/json", null, """{"responses":[{"code":"400","message":""}]}""");

        enswitch.Read(fault).Code.Should().Be(500);
        enswitch.Read(refusal).Refused.Should().BeTrue();
        enswitch.Check(enswitch.Read(refusal)).Should().BeNull();
        enswitch.Check(enswitch.Read(bare)).Should().Contain("[code, message], not [code, key, message]");
        EnvelopeRules.For("/uapi/phoneCalls").Read(fault).Code.Should().Be(200, "the UnifiedAPI says how it went with the HTTP status");
    }

    private static void AddMisbehavingRoutes(IServiceCollection services) =>
        services.AddControllers().AddApplicationPart(typeof(MisbehavingController).Assembly);
}
