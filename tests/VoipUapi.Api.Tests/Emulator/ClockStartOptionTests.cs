using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Tests.Support;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class ClockStartOptionTests
{
    [Fact]
    public async Task Clock_manual_starts_the_clock_frozen_at_the_real_now()
    {
        DateTimeOffset before = TimeProvider.System.GetUtcNow();
        await using var emulator = new RealClockEmulator(new Dictionary<string, string?> { ["Emulator:Clock"] = "manual" });
        using var control = new JsonClient(emulator.CreateClient());

        JsonElement first = (await control.GetAsync("/emulator/clock")).Expect(HttpStatusCode.OK);
        JsonElement second = (await control.GetAsync("/emulator/clock")).Expect(HttpStatusCode.OK);
        DateTimeOffset after = TimeProvider.System.GetUtcNow();

        first.GetProperty("mode").GetString().Should().Be("manual");
        first.GetProperty("now").GetDateTimeOffset().Should().BeOnOrAfter(before).And.BeOnOrBefore(after);
        second.GetProperty("now").GetString().Should().Be(first.GetProperty("now").GetString(), "a frozen clock stands still");
    }

    [Fact]
    public async Task Without_the_option_the_clock_runs_in_real_time_and_a_reset_keeps_it_running()
    {
        await using var emulator = new RealClockEmulator(new Dictionary<string, string?>());
        using var control = new JsonClient(emulator.CreateClient());

        JsonElement clock = (await control.GetAsync("/emulator/clock")).Expect(HttpStatusCode.OK);
        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        clock.GetProperty("mode").GetString().Should().Be("realtime");
        reset.GetProperty("clock").GetProperty("mode").GetString().Should().Be("realtime");
    }

    [Fact]
    public async Task Clock_manual_survives_a_reset()
    {
        await using var emulator = new RealClockEmulator(new Dictionary<string, string?> { ["Emulator:Clock"] = "manual" });
        using var control = new JsonClient(emulator.CreateClient());
        (await control.PutAsync("/emulator/clock", """{"mode":"realtime"}""")).Expect(HttpStatusCode.OK);

        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        reset.GetProperty("clock").GetProperty("mode").GetString().Should().Be("manual");
    }

    [Fact]
    public void A_clock_option_that_is_neither_realtime_nor_manual_stops_the_start()
    {
        using var emulator = new RealClockEmulator(new Dictionary<string, string?> { ["Emulator:Clock"] = "sometimes" });

        Action start = () => emulator.CreateClient();

        start.Should().Throw<Exception>().Where(error => error.ToString().Contains("--clock", StringComparison.Ordinal));
    }

    [Fact]
    public void The_command_line_switches_set_the_emulator_settings()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddCommandLine(["--clock", "manual", "--control-key", "s3cret", "--id-seed", "42"], EmulatorOptions.CommandLineSwitches.ToDictionary())
            .Build();

        EmulatorOptions options = configuration.GetSection(EmulatorOptions.Section).Get<EmulatorOptions>()!;

        options.Clock.Should().Be("manual");
        options.ControlKey.Should().Be("s3cret");
        options.IdSeed.Should().Be(42);
    }
}
