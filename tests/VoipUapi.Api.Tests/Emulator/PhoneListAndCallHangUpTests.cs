using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>What the dashboard reads and does in one request: every phone's status, and hanging up a whole call.</summary>
public sealed class PhoneListAndCallHangUpTests
{
    [Fact]
    public async Task The_phone_list_holds_the_seeds_extensions_then_the_other_phones_of_live_calls()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement list = (await control.GetAsync("/emulator/phones")).Expect(HttpStatusCode.OK);

        string[] numbers = [.. list.GetProperty("phones").EnumerateArray().Select(p => p.GetProperty("number").GetString()!)];
        numbers.Should().Equal("0003*024", "0003*15000", "0003*15001", "0003*15002", "0003*210", "0003*211", "0003*250", "0004*210", "3235742879", "3334444");
        list.GetProperty("count").GetInt32().Should().Be(numbers.Length);
        JsonElement talking = list.GetProperty("phones").EnumerateArray().Single(p => p.GetProperty("number").GetString() == "3235742879");
        talking.GetProperty("state").GetString().Should().Be("onCall");
        talking.GetProperty("callId").GetString().Should().Be("b817d2618fe6f1804db1");
        JsonElement single = (await control.GetAsync("/emulator/phones/3235742879")).Expect(HttpStatusCode.OK);
        talking.GetRawText().Should().Be(single.GetRawText(), "each entry is the phone's own status");
    }

    [Fact]
    public async Task Hanging_up_a_connected_call_ends_it_answered_and_frees_its_phones()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "3235742879");
        emulator.AdvanceSeconds(6);

        JsonElement ended = (await control.PostAsync($"/emulator/calls/{id}/hangup")).Expect(HttpStatusCode.OK);

        ended.GetProperty("state").GetString().Should().Be("ended");
        ended.GetProperty("disposition").GetString().Should().Be("answered");
        emulator.Network.IsEngaged("0003*210").Should().BeFalse();
        emulator.Network.IsEngaged("3235742879").Should().BeFalse();
    }

    [Fact]
    public async Task Hanging_up_a_ringing_call_ends_it_unanswered()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "3235742879");

        (await control.PostAsync($"/emulator/calls/{id}/hangup")).Expect(HttpStatusCode.OK).GetProperty("disposition").GetString().Should().Be("noAnswer");
    }

    [Fact]
    public async Task Hanging_up_an_ended_or_unknown_call_changes_nothing_and_says_why()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "3235742879");
        (await control.PostAsync($"/emulator/calls/{id}/hangup")).Status.Should().Be(HttpStatusCode.OK);

        string again = (await control.PostAsync($"/emulator/calls/{id}/hangup")).ProblemDetail(HttpStatusCode.Conflict);
        string unknown = (await control.PostAsync("/emulator/calls/0123456789abcdef0123/hangup")).ProblemDetail(HttpStatusCode.NotFound);
        string blank = (await control.PostAsync("/emulator/calls/%20/hangup")).ProblemDetail(HttpStatusCode.NotFound);

        again.Should().Contain($"call {id} has already ended (noAnswer)");
        unknown.Should().Contain("there is no call '0123456789abcdef0123'");
        blank.Should().Contain("there is no call ''");
        emulator.Network.EndedCalls.Should().ContainSingle();
    }
}
