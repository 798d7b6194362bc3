using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>A simple call driven only by a scripted phone and the control API's clock, read back event by event.</summary>
public sealed class SimpleCallTimelineTests
{
    [Fact]
    public async Task A_call_answered_through_the_control_API_has_an_exact_timeline()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        (await control.PutAsync("/emulator/phones/0003*210", """{"behaviour":"manual"}""")).Expect(HttpStatusCode.OK);
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "3235742879");

        (await control.PostAsync("/emulator/phones/0003*210/answer")).Expect(HttpStatusCode.OK);
        (await control.PostAsync("/emulator/clock/advance", """{"seconds":3}""")).Expect(HttpStatusCode.OK);
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        Timeline(call).Should().Equal(
            "callPublished 0003*210 - 2026-01-01T10:00:00Z",
            "legRinging 0003*210 - 2026-01-01T10:00:00Z",
            "legAnswered 0003*210 - 2026-01-01T10:00:00Z",
            "legRinging 3235742879 - 2026-01-01T10:00:00Z",
            "legAnswered 3235742879 - 2026-01-01T10:00:03Z",
            "callConnected - - 2026-01-01T10:00:03Z");
        call.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        call.GetProperty("timelineComplete").GetBoolean().Should().BeTrue();
        call.GetProperty("state").GetString().Should().Be("live");
        call.GetProperty("phase").GetString().Should().Be("connected");
        call.GetProperty("published").GetString().Should().Be("2026-01-01T10:00:00Z");
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        call.GetProperty("ended").ValueKind.Should().Be(JsonValueKind.Null);
        call.GetProperty("disposition").ValueKind.Should().Be(JsonValueKind.Null);
        call.GetProperty("ringingSeconds").GetDouble().Should().Be(3);
        call.GetProperty("talkSeconds").GetDouble().Should().Be(0);
        call.GetProperty("extension").GetString().Should().Be("0003*210");
        call.GetProperty("ownerUserId").GetInt32().Should().Be(12);
    }

    [Fact]
    public async Task The_call_shows_its_legs_views_and_durations_until_a_party_hangs_up()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "3235742879");
        await emulator.AnswerPhoneAsync("0003*210");
        await emulator.AdvanceAsync(3);
        await emulator.AdvanceAsync(7);

        JsonElement talking = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);
        (await control.PostAsync("/emulator/phones/3235742879/hangup")).Expect(HttpStatusCode.OK);
        JsonElement ended = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        talking.GetProperty("talkSeconds").GetDouble().Should().Be(7);
        talking.GetProperty("legs").EnumerateArray().Select(Leg).Should().Equal(
            "0003*210 extension source answered 2026-01-01T10:00:00Z 2026-01-01T10:00:00Z -",
            "3235742879 public destination answered 2026-01-01T10:00:00Z 2026-01-01T10:00:03Z -");
        JsonElement view = talking.GetProperty("views").EnumerateArray().Single();
        view.GetProperty("id").GetString().Should().Be("00");
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("flow").GetString().Should().Be("outgoingPublic");
        view.GetProperty("flowCode").GetInt32().Should().Be(4);
        view.GetProperty("status").GetString().Should().Be("onCall");
        view.GetProperty("statusCode").GetInt32().Should().Be(5);

        ended.GetProperty("state").GetString().Should().Be("ended");
        ended.GetProperty("disposition").GetString().Should().Be("answered");
        ended.GetProperty("dispositionCode").GetInt32().Should().Be(0);
        ended.GetProperty("talkSeconds").GetDouble().Should().Be(7);
        Timeline(ended).TakeLast(3).Should().Equal(
            "legEnded 3235742879 hungUp 2026-01-01T10:00:10Z",
            "legEnded 0003*210 hungUp 2026-01-01T10:00:10Z",
            "callEnded - answered 2026-01-01T10:00:10Z");
    }

    private static List<string> Timeline(JsonElement call) =>
        call.GetProperty("timeline").EnumerateArray()
            .Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("phone").GetString() ?? "-"} {e.GetProperty("detail").GetString() ?? "-"} {e.GetProperty("at").GetString()}")
            .ToList();

    private static string Leg(JsonElement leg) =>
        $"{leg.GetProperty("phone").GetString()} {leg.GetProperty("kind").GetString()} {leg.GetProperty("role").GetString()} {leg.GetProperty("state").GetString()} "
        + $"{leg.GetProperty("started").GetString()} {leg.GetProperty("answered").GetString() ?? "-"} {leg.GetProperty("ended").GetString() ?? "-"}";
}
