using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>The call operations on the default seed's call 7 (agent1 on 15000 talking with agent2 on 15001), on the manual clock.</summary>
public sealed class GenesysCallOperationTests
{
    private static readonly CallId Call7 = new("0071027198180007c0de");

    [Fact]
    public async Task Hold_and_Retrieve_change_the_state_and_a_second_Hold_names_the_state_and_what_it_allows()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{"operationName":"Hold"}""")).Expect(HttpStatusCode.OK);
        JsonElement held = await CallAsync(agent);
        JsonElement again = (await agent.OperateAsync(SeedCall7, """{"operationName":"Hold"}""")).Expect(HttpStatusCode.BadRequest);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"Retrieve"}""")).Expect(HttpStatusCode.OK);

        held.GetProperty("state").GetString().Should().Be("Held");
        held.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).Should().StartWith(["Retrieve", "Hangup"]);
        again.GetProperty("statusCode").GetInt32().Should().Be(2);
        again.GetProperty("statusMessage").GetString().Should().Be(
            $"Hold is not valid for call {SeedCall7} in state Held; it allows Retrieve, Hangup, AttachUserData, UpdateUserData, DeleteUserDataPair, DeleteUserData now.");
        (await CallAsync(agent)).GetProperty("state").GetString().Should().Be("Established");
        emulator.Network.FindLiveCall(Call7)!.Hold.Should().BeNull();
    }

    [Fact]
    public async Task SendDtmf_sends_the_digits_and_is_announced_as_DtmfSent()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{ "operationName": "SendDtmf", "digits": "5" }""")).Expect(HttpStatusCode.OK);
        var sent = await emulator.NotificationAsync("agent1", n => n.Data["notificationType"]?.GetValue<string>() == "DtmfSent");

        sent.Data["call"]!["id"]!.GetValue<string>().Should().Be(SeedCall7);
        emulator.Network.Events.Of(Call7).Should().Contain(e => e.Kind == Telephony.Events.NetworkEventKind.DigitsSent && e.Detail == "5");
    }

    [Theory]
    [InlineData("""{"operationName":"SendDtmf"}""", 1, "digits is missing")]
    [InlineData("""{"operationName":"SendDtmf","digits":"5a"}""", 10, "digits '5a' has other characters")]
    [InlineData("""{"operationName":"SingleStepConference"}""", 1, "destination is missing")]
    [InlineData("""{"operationName":"SingleStepConference","destination":"15002"}""", 10, "destination must be an object")]
    [InlineData("""{"operationName":"SingleStepConference","destination":{"phoneNumber":"abc"}}""", 10, "destination.phoneNumber 'abc' is not a phone number")]
    [InlineData("""{"operationName":"SingleStepConference","destination":{"phoneNumber":"0003*999"}}""", 10, "is no extension of the network")]
    [InlineData("""{"operationName":"UpdateUserData","userData":{"a":[1]}}""", 10, "userData 'a' must be")]
    [InlineData("""{"operationName":"RemoveParticipantFromConference","participant":"15001"}""", 2, "RemoveParticipantFromConference is not valid for call")]
    [InlineData("""{"operationName":"DeleteFromConference"}""", 2, "send one of Answer, Reject, Hangup")]
    [InlineData("""{"operationName":"Answer"}""", 2, "in state Established")]
    [InlineData("""{"operationName":"Hold",""", 10, "not valid JSON")]
    [InlineData("""{"operationName":"Hold","operationName":"Hold"}""", 10, "Duplicate property")]
    public async Task Bad_operations_answer_their_statusCode_and_leave_the_call_as_it_was(string body, int statusCode, string message)
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();
        Call before = emulator.Network.FindLiveCall(Call7)!;

        Answer answer = await agent.OperateAsync(SeedCall7, body);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Json.GetProperty("statusCode").GetInt32().Should().Be(statusCode);
        answer.Json.GetProperty("statusMessage").GetString().Should().Contain(message);
        emulator.Network.FindLiveCall(Call7).Should().BeSameAs(before);
    }

    [Fact]
    public async Task A_body_that_is_not_UTF_8_is_refused_and_one_labelled_as_a_form_is_still_read_as_JSON()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();
        Call before = emulator.Network.FindLiveCall(Call7)!;
        var notUtf8 = new ByteArrayContent([.. "{\"operationName\":\""u8, 0xFF, 0xFE, .. "\"}"u8]);
        notUtf8.Headers.ContentType = new("application/json");

        using HttpResponseMessage refused = await agent.Http.PostAsync(new Uri($"/api/v2/me/calls/{SeedCall7}", UriKind.Relative), notUtf8);
        using HttpResponseMessage held = await agent.Http.PostAsync(new Uri($"/api/v2/me/calls/{SeedCall7}", UriKind.Relative),
            new StringContent("""{"operationName":"Hold"}""", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("\"statusCode\":10").And.Contain("not UTF-8");
        held.StatusCode.Should().Be(HttpStatusCode.OK, "curl -d labels a JSON body as a form; the dialect reads its body itself");
        emulator.Network.FindLiveCall(Call7)!.Hold.Should().NotBeNull();
        before.Hold.Should().BeNull();
    }

    [Fact]
    public async Task A_body_that_starts_with_a_UTF_8_byte_order_mark_is_read_as_the_JSON_after_it()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();
        var withMark = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. """{"operationName":"Hold"}"""u8]);
        withMark.Headers.ContentType = new("application/json");

        using HttpResponseMessage held = await agent.Http.PostAsync(new Uri($"/api/v2/me/calls/{SeedCall7}", UriKind.Relative), withMark);

        held.StatusCode.Should().Be(HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
        emulator.Network.FindLiveCall(Call7)!.Hold.Should().NotBeNull();
    }

    [Theory]
    [InlineData("01RCC3N118B1V0SL8O7GK2LAES0000ZZ")]
    [InlineData("%20")]
    public async Task An_unknown_or_blank_call_id_answers_statusCode_6_or_1(string id)
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        Answer answer = await agent.OperateAsync(id, """{"operationName":"Hold"}""");

        answer.Json.GetProperty("statusCode").GetInt32().Should().Be(id == "%20" ? 1 : 6);
        answer.Status.Should().Be(id == "%20" ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task User_data_is_attached_updated_and_deleted_on_the_call()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{"operationName":"AttachUserData","userData":{"CustomerSegment":"Gold","Amount":12}}""")).Expect(HttpStatusCode.OK);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"UpdateUserData","userData":{"CustomerSegment":"Silver"}}""")).Expect(HttpStatusCode.OK);
        JsonElement updated = (await CallAsync(agent)).GetProperty("userData");
        (await agent.OperateAsync(SeedCall7, """{"operationName":"DeleteUserDataPair","key":"CustomerSegment"}""")).Expect(HttpStatusCode.OK);
        JsonElement missing = (await agent.OperateAsync(SeedCall7, """{"operationName":"DeleteUserDataPair","key":"CustomerSegment"}""")).Expect(HttpStatusCode.BadRequest);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"DeleteUserData"}""")).Expect(HttpStatusCode.OK);
        var changed = await emulator.NotificationAsync("agent2", n => n.Data["notificationType"]?.GetValue<string>() == "AttachedDataChanged");

        updated.GetRawText().Should().Be("""{"Amount":"12","CustomerSegment":"Silver"}""");
        missing.GetProperty("statusCode").GetInt32().Should().Be(2);
        emulator.Network.FindLiveCall(Call7)!.Data.Should().BeEmpty();
        changed.Data["phoneNumber"]!.GetValue<string>().Should().Be("15001");
    }

    [Fact]
    public async Task Recording_starts_pauses_resumes_and_stops_and_each_change_is_announced()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();
        List<string> states = [];

        foreach (string operation in new[] { "StartCallRecording", "PauseCallRecording", "ResumeCallRecording", "StopCallRecording" })
        {
            (await agent.OperateAsync(SeedCall7, $$"""{"operationName":"{{operation}}"}""")).Expect(HttpStatusCode.OK);
            states.Add((await CallAsync(agent)).GetProperty("recordingState").GetString()!);
        }

        var recording = await emulator.NotificationAsync("agent1", n => n.Data["notificationType"]?.GetValue<string>() == "CallRecordingStateChange");
        states.Should().Equal("Recording", "Paused", "Recording", "Stopped");
        recording.Data["call"]!["recordingState"]!.GetValue<string>().Should().BeOneOf("Recording", "Paused", "Stopped");
        emulator.Network.FindLiveCall(Call7)!.Recordings.Should().HaveCount(2);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"PauseCallRecording"}""")).Json.GetProperty("statusCode").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Hangup_releases_the_call_and_it_then_allows_nothing()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{"operationName":"Hangup"}""")).Expect(HttpStatusCode.OK);
        JsonElement released = await CallAsync(agent);
        var message = await emulator.NotificationAsync("agent2", n => n.Data["call"]?["state"]?.GetValue<string>() == "Released");

        released.GetProperty("state").GetString().Should().Be("Released");
        released.GetProperty("capabilities").GetArrayLength().Should().Be(0);
        message.Data["notificationType"]!.GetValue<string>().Should().Be("StatusChange");
        emulator.Network.FindLiveCall(Call7).Should().BeNull();
        (await agent.OperateAsync(SeedCall7, """{"operationName":"Hangup"}""")).Json.GetProperty("statusMessage").GetString().Should().Contain("allows no operation");
        (await agent.GetAsync("/api/v2/me/calls")).Json.GetProperty("uris").EnumerateArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Accept_only_agents_get_statusCode_0_and_nothing_happens()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using JsonClient agent = await emulator.AgentAsync();
        using var control = new JsonClient(emulator.ControlClient());

        (await control.PutAsync("/emulator/genesys/agents/agent1", """{"operations":"accept-only"}""")).Expect(HttpStatusCode.OK).GetProperty("operations").GetString().Should().Be("accept-only");
        (await agent.OperateAsync(SeedCall7, """{"operationName":"Hold"}""")).Expect(HttpStatusCode.OK).GetProperty("statusCode").GetInt32().Should().Be(0);
        JsonElement stillChecked = (await agent.OperateAsync(SeedCall7, """{"operationName":"SendDtmf"}""")).Expect(HttpStatusCode.BadRequest);
        emulator.Network.FindLiveCall(Call7)!.Hold.Should().BeNull();
        (await control.PutAsync("/emulator/genesys/agents/agent1", """{"operations":"normal"}""")).Expect(HttpStatusCode.OK);
        (await agent.OperateAsync(SeedCall7, """{"operationName":"Hold"}""")).Expect(HttpStatusCode.OK);

        stillChecked.GetProperty("statusCode").GetInt32().Should().Be(1);
        emulator.Network.FindLiveCall(Call7)!.Hold.Should().NotBeNull();
        (await control.PutAsync("/emulator/genesys/agents/agent1", """{"operations":"sometimes"}""")).ProblemDetail(HttpStatusCode.BadRequest).Should().Contain("\"accept-only\"");
        (await control.PutAsync("/emulator/genesys/agents/nobody", """{"operations":"normal"}""")).ProblemDetail(HttpStatusCode.NotFound).Should().Contain("agent1, agent2");
    }

    private static async Task<JsonElement> CallAsync(JsonClient agent, string id = SeedCall7) =>
        (await agent.GetAsync($"/api/v2/me/calls/{id}")).Expect(HttpStatusCode.OK).GetProperty("call");
}
