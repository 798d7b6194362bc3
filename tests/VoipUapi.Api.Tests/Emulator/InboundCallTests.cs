using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class InboundCallTests
{
    [Fact]
    public async Task An_inbound_call_answered_through_the_control_API_connects_the_caller_and_the_extension()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");

        Answer placed = await control.PostAsync("/emulator/calls/inbound",
            """{"from":"3235742879","to":"0003*210","callerId":"Jane Caller <3235742879>","waitForPickup":25}""");
        JsonElement created = placed.Expect(HttpStatusCode.Created);
        string id = created.GetProperty("id").GetString()!;
        JsonElement ringing = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);
        await emulator.AdvanceAsync(10);
        JsonElement answered = (await control.PostAsync("/emulator/phones/0003*210/answer")).Expect(HttpStatusCode.OK);
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        id.Should().MatchRegex("^[0-9a-f]{20}$");
        placed.Location.Should().Be(new Uri($"/emulator/calls/{id}", UriKind.Relative));
        created.GetProperty("kind").GetString().Should().Be("inbound");
        created.GetProperty("phase").GetString().Should().Be("ringingDestination");
        created.GetProperty("extension").GetString().Should().Be("0003*210");
        created.GetProperty("ownerUserId").GetInt32().Should().Be(12);
        created.GetProperty("destinationCallerId").GetString().Should().Be("Jane Caller <3235742879>");
        created.GetProperty("views")[0].GetProperty("flow").GetString().Should().Be("incomingPublic");
        created.GetProperty("views")[0].GetProperty("status").GetString().Should().Be("ringing");
        ringing.GetProperty("state").GetString().Should().Be("ringing");
        ringing.GetProperty("callId").GetString().Should().Be(id);
        answered.GetProperty("phase").GetString().Should().Be("connected");
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:10Z");
        call.GetProperty("ringingSeconds").GetDouble().Should().Be(10);
        call.GetProperty("timeline").EnumerateArray()
            .Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("phone").GetString()} {e.GetProperty("at").GetString()}")
            .Should().Equal(
                "callPublished 0003*210 2026-01-01T10:00:00Z",
                "legAnswered 3235742879 2026-01-01T10:00:00Z",
                "legRinging 0003*210 2026-01-01T10:00:00Z",
                "legAnswered 0003*210 2026-01-01T10:00:10Z",
                "callConnected  2026-01-01T10:00:10Z");
    }

    [Fact]
    public async Task Public_numbers_with_a_plus_are_written_as_typed()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer placed = await control.PostAsync("/emulator/calls/inbound", """{"from":"+13235742879","to":"0003*210"}""");

        placed.Expect(HttpStatusCode.Created);
        placed.Body.Should().Contain("\"+13235742879\"").And.NotContain("\\u002B");
    }

    [Fact]
    public async Task An_inbound_call_nobody_answers_ends_when_waitForPickup_runs_out()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string id = (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210","waitForPickup":25}"""))
            .Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;

        await emulator.AdvanceAsync(25);
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        call.GetProperty("disposition").GetString().Should().Be("noAnswer");
        call.GetProperty("ended").GetString().Should().Be("2026-01-01T10:00:25Z");
    }

    [Fact]
    public async Task The_caller_id_shown_is_the_callers_number_unless_one_is_given()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement call = (await control.PostAsync("/emulator/calls/inbound", """{"from":"+4930123456","to":"0003*024"}""")).Expect(HttpStatusCode.Created);

        call.GetProperty("destinationCallerId").GetString().Should().Be("<+4930123456>");
        call.GetProperty("sources")[0].GetString().Should().Be("+4930123456");
        call.GetProperty("ownerUserId").GetInt32().Should().Be(13);
    }

    [Fact]
    public async Task A_caller_on_as_many_calls_as_it_has_lines_is_a_conflict()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string first = (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210"}"""))
            .Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        string second = (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210"}"""))
            .Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;

        Answer third = await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*024"}""");

        third.ProblemDetail(HttpStatusCode.Conflict).Should().Contain($"3235742879 is already on call {first}, {second}");
    }

    [Fact]
    public async Task An_inbound_call_to_an_extension_whose_lines_all_ring_ends_at_once_as_busy()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        foreach (string caller in (string[])["5551231", "5551232", "5551233", "5551234"])
        {
            (await control.PostAsync("/emulator/calls/inbound", $$"""{"from":"{{caller}}","to":"0003*210"}""")).Expect(HttpStatusCode.Created)
                .GetProperty("state").GetString().Should().Be("live");
        }

        JsonElement fifth = (await control.PostAsync("/emulator/calls/inbound", """{"from":"5551235","to":"0003*210"}""")).Expect(HttpStatusCode.Created);

        fifth.GetProperty("state").GetString().Should().Be("ended");
        fifth.GetProperty("disposition").GetString().Should().Be("busy");
    }

    [Theory]
    [InlineData("""{"to":"0003*210"}""", "from is missing")]
    [InlineData("""{"from":"0003*024","to":"0003*210"}""", "from '0003*024' is not a public number")]
    [InlineData("""{"from":"3235742879"}""", "to is missing")]
    [InlineData("""{"from":"3235742879","to":"210"}""", "to '210' is not an extension number")]
    [InlineData("""{"from":"3235742879","to":"0003*00"}""", "0003*00 is the sandbox")]
    [InlineData("""{"from":"3235742879","to":"0003*210","callerId":"Jane"}""", "callerId 'Jane' is not a caller id")]
    [InlineData("""{"from":"3235742879","to":"0003*210","waitForPickup":0}""", "waitForPickup 0 is out of range")]
    [InlineData("""{"from":"3235742879","to":"0003*210","waitForPickup":601}""", "waitForPickup 601 is out of range")]
    [InlineData("""{"from":"3235742879","to":"0003*210","callDuration":-5}""", "callDuration -5 is out of range")]
    [InlineData("""{"from":3235742879,"to":"0003*210"}""", "from has the wrong JSON type; send a string")]
    [InlineData("""{"from":"3235742879" "to":"0003*210"}""", "not valid JSON")]
    public async Task Bad_inbound_calls_are_refused_and_place_nothing(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync("/emulator/calls/inbound", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_inbound_call_to_an_extension_the_seed_lacks_is_not_found()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*999"}""");

        answer.ProblemDetail(HttpStatusCode.NotFound).Should().Contain("there is no extension 0003*999").And.Contain("0003*210");
    }
}
