using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>Genesys agents on the network the other dialects use: calls from the UnifiedAPI and the control API, Dial, Answer and Reject.</summary>
public sealed class GenesysCrossDialectTests
{
    [Fact]
    public async Task A_UAPI_call_rings_agent_15000_who_answers_conferences_15002_and_hangs_up_with_Genesys()
    {
        await using var emulator = new EmulatorFactory();
        await emulator.ScriptPhoneAsync("0003*15000", "manual");
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var organization = new JsonClient(await emulator.ClientForAsync(SeedApp.Organization));
        using JsonClient agent = await emulator.AgentAsync();

        string uapiId = await uapi.PlaceSimpleCallAsync("0003*210", "15000");
        emulator.AdvanceSeconds(3);
        JsonElement ringing = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Expect(HttpStatusCode.OK).GetProperty("calls").EnumerateArray().Single();
        string id = ringing.GetProperty("id").GetString()!;
        (await agent.OperateAsync(id, """{"operationName":"Answer"}""")).Expect(HttpStatusCode.OK);
        (await agent.OperateAsync(id, """{"operationName":"SingleStepConference","destination":{"phoneNumber":"15002"}}""")).Expect(HttpStatusCode.OK);
        emulator.AdvanceSeconds(3);
        Answer listed = await organization.GetAsync("/uapi/phoneCalls/30/0003*15000");
        JsonElement conference = (await agent.GetAsync($"/api/v2/me/calls/{id}")).Expect(HttpStatusCode.OK).GetProperty("call");
        (await agent.OperateAsync(id, """{"operationName":"Hangup"}""")).Expect(HttpStatusCode.OK);

        ringing.GetProperty("state").GetString().Should().Be("Ringing");
        ringing.GetProperty("callType").GetString().Should().Be("Internal");
        ringing.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).Should().StartWith(["Answer", "Reject"]);
        listed.Status.Should().Be(HttpStatusCode.OK, listed.Body);
        listed.Body.Should().Contain(uapiId).And.Contain("0003*210").And.Contain("0003*15002");
        conference.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("phoneNumber").GetString()).Should().Equal("15002", "210");
        conference.GetProperty("userData").GetProperty("FirstConferencePartyDN").GetString().Should().Be("15000");
        Call after = emulator.Network.FindLiveCall(new CallId(uapiId))!;
        after.Legs.Where(l => l.IsLive).Select(l => l.Phone.Value).Should().BeEquivalentTo("0003*210", "0003*15002");
    }

    [Fact]
    public async Task An_inbound_call_of_the_control_API_to_15000_rings_the_agent_who_rejects_it()
    {
        await using var emulator = new EmulatorFactory();
        await emulator.ScriptPhoneAsync("0003*15000", "manual");
        using var control = new JsonClient(emulator.ControlClient());
        using JsonClient agent = await emulator.AgentAsync();

        JsonElement inbound = (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235550100","to":"15000"}""")).Expect(HttpStatusCode.Created);
        JsonElement ringing = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Json.GetProperty("calls")[0];
        (await agent.OperateAsync(ringing.GetProperty("id").GetString()!, """{"operationName":"Reject"}""")).Expect(HttpStatusCode.OK);

        ringing.GetProperty("callType").GetString().Should().Be("Inbound");
        ringing.GetProperty("participants")[0].GetProperty("phoneNumber").GetString().Should().Be("3235550100");
        emulator.Network.FindLiveCall(new CallId(inbound.GetProperty("id").GetString()!)).Should().BeNull();
        (await agent.GetAsync("/api/v2/me/calls")).Json.GetProperty("uris").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task After_a_reset_a_new_call_takes_the_genesys_id_the_first_new_call_took_after_the_start()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();
        string Dial() => $"/api/v2/me/devices/{Device15000}/calls";
        const string ToParty = """{ "operationName": "Dial", "destination": { "phoneNumber": "15002" } }""";

        (await agent.PostAsync(Dial(), ToParty)).Expect(HttpStatusCode.OK);
        string first = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Json.GetProperty("calls")[0].GetProperty("id").GetString()!;
        using HttpClient control = emulator.ControlClient();
        (await control.PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null)).EnsureSuccessStatusCode();
        (await agent.PostAsync(Dial(), ToParty)).Expect(HttpStatusCode.OK);
        string again = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Json.GetProperty("calls")[0].GetProperty("id").GetString()!;

        again.Should().Be(first, "a reset starts Genesys call ids again, as it starts the engine's");
    }

    [Fact]
    public async Task Dial_calls_the_destination_from_the_agent_s_device_and_shows_Dialing_then_Established()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.PostAsync($"/api/v2/me/devices/{Device15000}/calls",
            """{ "operationName": "Dial", "destination": { "phoneNumber": "15002" }, "userData": { "Product": "Guitars" } }""")).Expect(HttpStatusCode.OK);
        JsonElement dialing = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Json.GetProperty("calls")[0];
        emulator.AdvanceSeconds(6);
        JsonElement established = (await agent.GetAsync($"/api/v2/me/calls/{dialing.GetProperty("id").GetString()}")).Json.GetProperty("call");
        var message = await emulator.NotificationAsync("agent1", n => n.Data["call"]?["state"]?.GetValue<string>() == "Established");

        dialing.GetProperty("state").GetString().Should().Be("Dialing");
        dialing.GetProperty("userData").GetProperty("Product").GetString().Should().Be("Guitars");
        established.GetProperty("state").GetString().Should().Be("Established");
        established.GetProperty("participants")[0].GetProperty("phoneNumber").GetString().Should().Be("15002");
        established.GetProperty("duration").GetString().Should().Be("0");
        message.Data["notificationType"]!.GetValue<string>().Should().Be("StatusChange");
        (await agent.PostAsync("/api/v2/me/devices/other/calls", """{"operationName":"Dial","destination":{"phoneNumber":"15002"}}""")).Expect(HttpStatusCode.NotFound)
            .GetProperty("statusCode").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task A_consultation_is_completed_as_a_conference_and_another_as_a_transfer()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{"operationName":"InitiateConference","destination":{"phoneNumber":"15002"}}""")).Expect(HttpStatusCode.OK);
        emulator.AdvanceSeconds(3);
        JsonElement calls = (await agent.GetAsync("/api/v2/me/calls?fields=*")).Json.GetProperty("calls");
        JsonElement parent = calls.EnumerateArray().Single(c => c.GetProperty("id").GetString() == SeedCall7);
        JsonElement consult = calls.EnumerateArray().Single(c => c.GetProperty("callType").GetString() == "Consult");
        (await agent.OperateAsync(consult.GetProperty("id").GetString()!, """{"operationName":"CompleteConference"}""")).Expect(HttpStatusCode.OK);
        JsonElement merged = (await agent.GetAsync($"/api/v2/me/calls/{SeedCall7}")).Json.GetProperty("call");

        parent.GetProperty("state").GetString().Should().Be("Held");
        parent.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).Should().Contain(["CompleteConference", "CompleteTransfer"]);
        consult.GetProperty("state").GetString().Should().Be("Established");
        consult.GetProperty("parentCallPath").GetString().Should().Be($"/calls/{SeedCall7}");
        merged.GetProperty("state").GetString().Should().Be("Established");
        merged.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("phoneNumber").GetString()).Should().BeEquivalentTo("15001", "15002");
        (await agent.OperateAsync(SeedCall7, """{"operationName":"RemoveParticipantFromConference","participant":"15002"}""")).Expect(HttpStatusCode.OK);
        (await agent.GetAsync($"/api/v2/me/calls/{SeedCall7}")).Json.GetProperty("call").GetProperty("participants").GetArrayLength().Should().Be(1);

        (await agent.OperateAsync(SeedCall8, """{"operationName":"InitiateTransfer","destination":{"phoneNumber":"15002"}}""")).Expect(HttpStatusCode.OK);
        emulator.AdvanceSeconds(3);
        (await agent.OperateAsync(SeedCall8, """{"operationName":"CompleteTransfer"}""")).Expect(HttpStatusCode.OK);
        Call transferred = emulator.Network.FindLiveCall(new CallId("0071027198180008c0de"))!;
        transferred.Legs.Where(l => l.IsLive).Select(l => l.Phone.Value).Should().BeEquivalentTo("0003*15001", "0003*15002");
    }

    [Fact]
    public async Task SingleStepTransfer_hands_the_call_over_and_MuteCall_works_in_a_conference()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall8, """{"operationName":"SingleStepTransfer","destination":{"phoneNumber":"15002"},"userData":{"TransferReason":"Escalation"}}""")).Expect(HttpStatusCode.OK);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"MuteCall"}""")).Json.GetProperty("statusCode").GetInt32().Should().Be(2);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"SingleStepConference","destination":{"phoneNumber":"3235742879"}}""")).Expect(HttpStatusCode.OK);
        emulator.AdvanceSeconds(3);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"MuteCall"}""")).Expect(HttpStatusCode.OK);
        JsonElement muted = (await agent.GetAsync($"/api/v2/me/calls/{SeedCall7}")).Json.GetProperty("call");
        (await agent.OperateAsync(SeedCall7, """{"operationName":"UnmuteCall"}""")).Expect(HttpStatusCode.OK);

        Call transferred = emulator.Network.FindCall(new CallId("0071027198180008c0de"))!;
        transferred.Legs.Where(l => l.IsLive).Select(l => l.Phone.Value).Should().NotContain("0003*15000");
        transferred.Data["TransferReason"].Should().Be("Escalation");
        muted.GetProperty("mute").GetString().Should().Be("On");
        muted.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).Should().Contain("UnmuteCall");
        muted.GetProperty("participants")[0].GetProperty("phoneNumber").GetString().Should().Be("3235742879");
        emulator.Network.FindLiveCall(new CallId("0071027198180007c0de"))!.Legs.Single(l => l.Phone.Value == "0003*15000" && l.IsLive).Muted.Should().BeFalse();
    }
}
