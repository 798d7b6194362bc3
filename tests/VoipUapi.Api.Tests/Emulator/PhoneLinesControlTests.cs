using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>A phone's lines through the control API: every call on them, and actions that name the call (<c>?callId=</c>) when several fit.</summary>
public sealed class PhoneLinesControlTests
{
    [Fact]
    public async Task A_phone_lists_every_line_in_use_with_its_call_view_and_state_and_its_line_count()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement phone = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);
        JsonElement sandbox = (await control.GetAsync("/emulator/phones/0003*00")).Expect(HttpStatusCode.OK);

        phone.GetProperty("state").GetString().Should().Be("onCall");
        phone.GetProperty("callId").GetString().Should().Be("b817d2618fe6f1804db1");
        phone.GetProperty("lineCount").GetInt32().Should().Be(4);
        phone.GetProperty("lines").EnumerateArray().Select(line => $"{line.GetProperty("callId").GetString()} {line.GetProperty("viewId").GetString()} {line.GetProperty("state").GetString()}")
            .Should().Equal("b817d2618fe6f1804db1 00 active", "b817d2618fe6f1804333 01 ringing");
        (await control.GetAsync("/emulator/phones/3334444")).Json.GetProperty("lines")[0].GetProperty("viewId").ValueKind.Should().Be(JsonValueKind.Null, "a public number has no view");
        sandbox.GetProperty("lineCount").ValueKind.Should().Be(JsonValueKind.Null, "a sandbox has no limit");
        sandbox.GetProperty("lines").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task With_two_calls_ringing_answer_names_them_and_call_id_picks_one()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string first = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"]));
        string second = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"]));

        string ambiguous = (await control.PostAsync("/emulator/phones/0003*210/answer")).ProblemDetail(HttpStatusCode.Conflict);
        Answer answered = await control.PostAsync($"/emulator/phones/0003*210/answer?callId={second}");

        ambiguous.Should().Be($"0003*210 could answer on calls {first}, {second}; name the one to act on. Send it as ?callId=.");
        answered.Expect(HttpStatusCode.OK).GetProperty("id").GetString().Should().Be(second);
        answered.Json.GetProperty("phase").GetString().Should().Be("connected");
        (await emulator.CallsOnPhoneAsync("0003*210")).Should().Equal(first, second);
        (await control.GetAsync("/emulator/phones/0003*210")).Json.GetProperty("lines").EnumerateArray().Select(line => line.GetProperty("state").GetString())
            .Should().Equal("ringing", "active");
    }

    [Fact]
    public async Task Without_a_call_id_an_action_takes_the_only_call_it_fits()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string first = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"]));
        string second = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"]));
        await emulator.AnswerPhoneAsync("0003*210", first);

        await emulator.HangUpPhoneAsync("0003*210");
        bool firstEnded = !emulator.Network.FindCall(new CallId(first))!.IsLive;
        await emulator.RejectPhoneAsync("0003*210");

        firstEnded.Should().BeTrue("hang-up leaves the call the phone talks on, not the one that rings it");
        emulator.Network.FindCall(new CallId(second))!.Legs.Single(leg => leg.Phone.Value == "0003*210").State.Should().Be(LegState.Rejected);
        (await emulator.CallsOnPhoneAsync("0003*210")).Should().BeEmpty();
    }

    [Fact]
    public async Task Digits_go_on_the_call_named()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string first = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));
        string second = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));
        emulator.AdvanceSeconds(3);

        string ambiguous = (await control.PostAsync("/emulator/phones/0003*210/dtmf", """{"digits":"12#"}""")).ProblemDetail(HttpStatusCode.Conflict);
        Answer sent = await control.PostAsync($"/emulator/phones/0003*210/dtmf?callId={first}", """{"digits":"12#"}""");

        ambiguous.Should().Contain($"could send digits on calls {first}, {second}");
        sent.Expect(HttpStatusCode.OK).GetProperty("id").GetString().Should().Be(first);
        emulator.Network.Events.After(0).Where(e => e.Kind == Telephony.Events.NetworkEventKind.DigitsSent).Select(e => e.CallId!.Value.Value).Should().Equal(first);
    }

    [Theory]
    [InlineData("?callId=", 400, "callId is blank")]
    [InlineData("?callId=%20", 400, "callId is blank")]
    [InlineData("?callId=00000000000000000000", 409, "0003*210 cannot answer on call 00000000000000000000: it is not on that call (ringing (call ")]
    public async Task A_call_id_that_names_none_of_the_phones_calls_is_refused(string query, int status, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"]));

        string problem = (await control.PostAsync($"/emulator/phones/0003*210/answer{query}")).ProblemDetail((HttpStatusCode)status);

        problem.Should().Contain(detail);
        emulator.Network.LiveCalls.Single().Phase.Should().Be(CallPhase.RingingDestination);
    }
}
