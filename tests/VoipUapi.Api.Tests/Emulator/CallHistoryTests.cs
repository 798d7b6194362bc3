using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class CallHistoryTests
{
    [Fact]
    public async Task Live_and_ended_calls_are_listed_newest_first()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        (string first, string second, string third) = await PlaceThreeCallsAsync(emulator);

        JsonElement list = (await control.GetAsync("/emulator/calls")).Expect(HttpStatusCode.OK);

        list.GetProperty("count").GetInt32().Should().Be(3);
        Ids(list).Should().Equal(third, second, first);
        list.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("state").GetString()).Should().Equal("live", "live", "ended");
        list.GetProperty("calls")[0].TryGetProperty("timeline", out _).Should().BeFalse("only the single-call answer carries the timeline");
    }

    [Theory]
    [InlineData("?state=live", "third second")]
    [InlineData("?state=ended", "first")]
    [InlineData("?number=5560001", "second")]
    [InlineData("?number=0003*210", "third second first")]
    [InlineData("?number=5550001&state=ended", "first")]
    [InlineData("?number=5550001&state=live", "")]
    [InlineData("?number=0003%2A210&state=live", "third second")]
    [InlineData("?since=2026-01-01T10:00:05Z", "third second")]
    [InlineData("?since=2026-01-01T11:00:04%2B01:00", "third second")]
    [InlineData("?since=2026-01-01T10:00:06Z", "")]
    [InlineData("?number=5559999", "")]
    public async Task Filters_narrow_the_list(string query, string expected)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        (string first, string second, string third) = await PlaceThreeCallsAsync(emulator);
        var names = new Dictionary<string, string> { ["first"] = first, ["second"] = second, ["third"] = third };

        JsonElement list = (await control.GetAsync($"/emulator/calls{query}")).Expect(HttpStatusCode.OK);

        Ids(list).Should().Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(name => names[name]));
    }

    [Theory]
    [InlineData("?state=open", "state 'open' is not a call state")]
    [InlineData("?number=junk", "number 'junk' is not a number")]
    [InlineData("?number=210", "number '210' is not a number")]
    [InlineData("?since=yesterday", "since 'yesterday' is not a time")]
    public async Task Bad_filters_are_refused(string query, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.GetAsync($"/emulator/calls{query}");

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
    }

    [Theory]
    [InlineData("0123456789abcdef0123", "Telephony:HistoryCapacity")]
    [InlineData("nope", "20 lowercase hex characters")]
    public async Task An_unknown_call_id_is_not_found(string id, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.GetAsync($"/emulator/calls/{id}");

        answer.ProblemDetail(HttpStatusCode.NotFound).Should().Contain($"there is no call '{id}'").And.Contain(detail);
    }

    [Fact]
    public async Task A_seeded_call_lasting_until_hung_up_shows_no_call_duration()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.GetAsync("/emulator/calls/b817d2618fe6f1804db1");

        answer.Status.Should().Be(HttpStatusCode.OK, answer.Body);
        answer.Json.GetProperty("callDurationSeconds").ValueKind.Should().Be(JsonValueKind.Null, "the call has no end set, and the field is always there, as the document says");
        answer.Json.GetProperty("waitForPickupSeconds").ValueKind.Should().Be(JsonValueKind.Null, "it rings until answered");
        answer.Json.GetProperty("id").GetString().Should().Be("b817d2618fe6f1804db1");
    }

    [Fact]
    public async Task A_busy_call_ends_at_once_with_its_disposition_and_no_talk_time()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("5550002", "0003*00");
        await emulator.AdvanceAsync(5);

        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        call.GetProperty("disposition").GetString().Should().Be("busy");
        call.GetProperty("dispositionCode").GetInt32().Should().Be(1);
        call.GetProperty("ringingSeconds").GetDouble().Should().Be(0);
        call.GetProperty("talkSeconds").GetDouble().Should().Be(0);
        call.GetProperty("answered").ValueKind.Should().Be(JsonValueKind.Null);
    }

    /// <summary>First: 10:00:00, never answered, ends at 10:00:05. Second and third: placed at 10:00:05 in that order, ringing.</summary>
    private static async Task<(string First, string Second, string Third)> PlaceThreeCallsAsync(EmulatorFactory emulator)
    {
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        string first = await uapi.PlaceSimpleCallAsync("5550001", "0003*00", "?waitForPickup=5");
        await emulator.AdvanceAsync(5);
        string second = await uapi.PlaceSimpleCallAsync("5560001", "0003*00");
        string third = await uapi.PlaceSimpleCallAsync("5570001", "0003*00");
        return (first, second, third);
    }

    private static List<string> Ids(JsonElement list) =>
        list.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
}
