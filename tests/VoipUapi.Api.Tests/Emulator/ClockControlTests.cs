using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class ClockControlTests
{
    [Fact]
    public async Task Clock_of_a_test_emulator_is_manual_at_its_start()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement clock = (await control.GetAsync("/emulator/clock")).Expect(HttpStatusCode.OK);

        clock.GetProperty("mode").GetString().Should().Be("manual");
        clock.GetProperty("now").GetString().Should().Be("2026-01-01T10:00:00Z");
        clock.GetProperty("scale").GetDouble().Should().Be(1);
    }

    [Fact]
    public async Task Advance_moves_the_clock_forward_and_answers_the_new_clock()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement clock = (await control.PostAsync("/emulator/clock/advance", """{"seconds":25}""")).Expect(HttpStatusCode.OK);
        JsonElement again = (await control.PostAsync("/emulator/clock/advance", """{"seconds":"0.5"}""")).Expect(HttpStatusCode.OK);

        clock.GetProperty("now").GetString().Should().Be("2026-01-01T10:00:25Z");
        again.GetProperty("now").GetString().Should().Be("2026-01-01T10:00:25.5Z");
        emulator.Clock.GetUtcNow().Should().Be(EmulatorFactory.DefaultStart.AddSeconds(25.5));
    }

    [Fact]
    public async Task Advancing_past_the_pickup_timeout_ends_the_call_nobody_answered()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("5550001", "0003*00", "?waitForPickup=25");

        await emulator.AdvanceAsync(24);
        JsonElement ringing = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);
        await emulator.AdvanceAsync(1);
        JsonElement ended = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        ringing.GetProperty("state").GetString().Should().Be("live");
        ended.GetProperty("state").GetString().Should().Be("ended");
        ended.GetProperty("disposition").GetString().Should().Be("noAnswer");
        ended.GetProperty("dispositionCode").GetInt32().Should().Be(3);
        ended.GetProperty("ended").GetString().Should().Be("2026-01-01T10:00:25Z");
        ended.GetProperty("ringingSeconds").GetDouble().Should().Be(25);
    }

    [Fact]
    public async Task Put_now_moves_the_clock_forward_to_that_time()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement clock = (await control.PutAsync("/emulator/clock", """{"now":"2026-01-01T11:30:00Z"}""")).Expect(HttpStatusCode.OK);

        clock.GetProperty("now").GetString().Should().Be("2026-01-01T11:30:00Z");
        clock.GetProperty("mode").GetString().Should().Be("manual");
    }

    [Fact]
    public async Task Put_now_in_the_past_is_refused_because_time_only_moves_forward()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        string detail = (await control.PutAsync("/emulator/clock", """{"now":"2026-01-01T09:00:00Z"}""")).ProblemDetail(HttpStatusCode.BadRequest);

        detail.Should().Contain("now").And.Contain("time only moves forward").And.Contain("2026-01-01T10:00:00Z");
        emulator.Clock.GetUtcNow().Should().Be(EmulatorFactory.DefaultStart);
    }

    [Fact]
    public async Task Put_realtime_runs_the_clock_at_its_scale_and_manual_freezes_it_again()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement running = (await control.PutAsync("/emulator/clock", """{"mode":"realtime","scale":10}""")).Expect(HttpStatusCode.OK);
        bool ranWhileRealtime = emulator.Clock.IsRunning;
        JsonElement frozen = (await control.PutAsync("/emulator/clock", """{"mode":"manual"}""")).Expect(HttpStatusCode.OK);

        running.GetProperty("mode").GetString().Should().Be("realtime");
        running.GetProperty("scale").GetDouble().Should().Be(10);
        ranWhileRealtime.Should().BeTrue();
        frozen.GetProperty("mode").GetString().Should().Be("manual");
        frozen.GetProperty("scale").GetDouble().Should().Be(1, "a frozen clock does not run at any scale");
        emulator.Clock.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task Put_manual_with_now_freezes_the_clock_exactly_at_that_time()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        (await control.PutAsync("/emulator/clock", """{"mode":"realtime"}""")).Expect(HttpStatusCode.OK);

        JsonElement clock = (await control.PutAsync("/emulator/clock", """{"mode":"manual","now":"2026-06-01T00:00:00Z"}""")).Expect(HttpStatusCode.OK);

        clock.GetProperty("now").GetString().Should().Be("2026-06-01T00:00:00Z");
        emulator.Clock.IsRunning.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"mode":"fast"}""", "mode 'fast'")]
    [InlineData("""{"mode":"realtime","scale":0}""", "scale 0")]
    [InlineData("""{"mode":"realtime","scale":-2}""", "scale -2")]
    [InlineData("""{"mode":"realtime","scale":0.1}""", "scale 0.1 is out of range; send a number from 0.25 to 1000")]
    [InlineData("""{"mode":"manual","scale":2}""", "scale applies")]
    [InlineData("""{"mode":"realtime","scale":"fast"}""", "scale has the wrong JSON type")]
    [InlineData("""{"now":"tomorrow"}""", "now 'tomorrow'")]
    [InlineData("""{"now":"9999-01-01T00:00:00Z"}""", "too far ahead")]
    [InlineData("{}", "neither mode nor now")]
    [InlineData("""{"mode":""", "not valid JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("", "empty")]
    public async Task Bad_clock_changes_are_refused_and_leave_the_clock_alone(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PutAsync("/emulator/clock", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
        emulator.Clock.IsRunning.Should().BeFalse();
        emulator.Clock.GetUtcNow().Should().Be(EmulatorFactory.DefaultStart);
    }

    [Theory]
    [InlineData("""{"seconds":-1}""", "seconds -1 is out of range")]
    [InlineData("""{"seconds":31536001}""", "seconds 31536001 is out of range")]
    [InlineData("""{"seconds":1e400}""", "out of range")]
    [InlineData("""{"seconds":"soon"}""", "seconds has the wrong JSON type; send a number")]
    [InlineData("""{"seconds":null}""", "seconds is missing")]
    [InlineData("{}", "seconds is missing")]
    [InlineData("[25]", "not a JSON object")]
    [InlineData("25", "not a JSON object")]
    [InlineData("{seconds:25}", "not valid JSON")]
    [InlineData("null", "JSON null")]
    public async Task Bad_advances_are_refused_and_leave_the_clock_alone(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync("/emulator/clock/advance", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
        emulator.Clock.GetUtcNow().Should().Be(EmulatorFactory.DefaultStart);
    }

    [Fact]
    public async Task Advance_without_a_body_is_refused()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync("/emulator/clock/advance");

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain("empty");
    }

    [Fact]
    public async Task Unknown_control_routes_and_methods_answer_problem_details()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        string notFound = (await control.GetAsync("/emulator/nothing")).ProblemDetail(HttpStatusCode.NotFound);
        string notAllowed = (await control.DeleteAsync("/emulator/clock")).ProblemDetail(HttpStatusCode.MethodNotAllowed);

        notFound.Should().Contain("GET /emulator/nothing").And.Contain("docs/control-api.md");
        notAllowed.Should().Contain("DELETE").And.Contain("docs/control-api.md");
    }
}
