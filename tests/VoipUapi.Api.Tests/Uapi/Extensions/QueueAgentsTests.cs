using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Extensions;

/// <summary>
/// The QueueAgents service on the seed's queue 0003*250 (user 12's; agents 0003*210 and 0003*024): list the agents,
/// log one out, put it online or pause it with the vendor's codes, and what a call to the queue does meanwhile.
/// </summary>
public sealed class QueueAgentsTests
{
    [Fact]
    public async Task Lists_the_agents_of_the_queue_online_by_default()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await user.ListAsync("/uapi/extensions/@me/250/queue/agents");

        page.GetProperty("totalResults").GetInt32().Should().Be(2);
        page.GetProperty("entry")[0].GetRawText().Should().Be(
            """{"agentNumber":"0003*210","status":"1","queue":"0003*250","type":"local","identifier":"0003*210","links":{"self":"http://localhost/uapi/extensions/@me/0003*250/queue/agents/0003*210"}}""");
        page.GetProperty("entry")[1].GetProperty("agentNumber").GetString().Should().Be("0003*024");
    }

    [Fact]
    public async Task Pausing_an_agent_answers_it_with_its_new_status_and_the_list_orders_by_status()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage paused = await user.PutJsonAsync("/uapi/extensions/@me/250/queue/agents/210", """{"status":2}""");
        using HttpResponseMessage loggedOut = await user.PutJsonAsync("/uapi/extensions/@me/0003*250/queue/agents/0003*024", """{"status":"0"}""");
        JsonElement list = await user.ListAsync("/uapi/extensions/@me/250/queue/agents");
        JsonElement descending = await user.ListAsync("/uapi/extensions/@me/250/queue/agents?sortOrder=desc&fields=agentNumber,status");
        JsonElement onlyPaused = await user.ListAsync("/uapi/extensions/@me/250/queue/agents?filterBy=status&filterValue=2");
        JsonElement one = await user.ListAsync("/uapi/extensions/@me/250/queue/agents/024");

        paused.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonElement answered = (await paused.ReadJsonAsync()).EnumerateArray().Single();
        (answered.GetProperty("agentNumber").GetString(), answered.GetProperty("status").GetString()).Should().Be(("0003*210", "2"));
        loggedOut.StatusCode.Should().Be(HttpStatusCode.OK);
        list.GetProperty("entry").EnumerateArray().Select(e => $"{e.GetProperty("agentNumber").GetString()} {e.GetProperty("status").GetString()}")
            .Should().Equal("0003*024 0", "0003*210 2");
        descending.GetProperty("entry")[0].GetProperty("agentNumber").GetString().Should().Be("0003*210");
        descending.GetProperty("entry")[0].TryGetProperty("queue", out _).Should().BeFalse();
        onlyPaused.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("agentNumber").GetString()).Should().Equal("0003*210");
        one.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("status").GetString()).Should().Equal("0");
        emulator.Network.QueueAgentsOf(new Telephony.Numbers.ExtensionNumber("0003", "250")).Select(a => a.Status.ToString()).Should().Equal("Paused", "LoggedOut");
    }

    [Fact]
    public async Task A_call_to_the_queue_rings_its_online_agents_and_its_record_names_the_queue_and_the_agent_that_answered()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        await emulator.ScriptPhoneAsync("0003*024", "manual");
        (await user.PutJsonAsync("/uapi/extensions/@me/250/queue/agents/210", """{"status":"2"}""")).StatusCode.Should().Be(HttpStatusCode.OK);

        JsonElement call = (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*250"}""")).Expect(HttpStatusCode.Created);
        string id = call.GetProperty("id").GetString()!;
        await emulator.AnswerPhoneAsync("0003*024");
        await emulator.HangUpPhoneAsync("3235742879");
        JsonElement record = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        call.GetProperty("legs").EnumerateArray().Select(l => $"{l.GetProperty("phone").GetString()} {l.GetProperty("state").GetString()}")
            .Should().Equal("3235742879 answered", "0003*250 answered", "0003*024 ringing");
        call.GetProperty("queue").GetProperty("outcome").GetString().Should().Be("waiting");
        JsonElement queue = record.GetProperty("queue");
        (queue.GetProperty("queue").GetString(), queue.GetProperty("outcome").GetString(), queue.GetProperty("answeredBy").GetString())
            .Should().Be(("0003*250", "answered", "0003*024"));
        record.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).Should().Contain(["queueEntered", "queueAnswered"]);
        JsonElement cdr = (await user.ListAsync("/uapi/cdr/@me")).GetProperty("entry").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        cdr.GetProperty("queue").GetRawText().Should().Be("""{"queue":"0003*250","outcome":"answered","answeredBy":"0003*024","waitSeconds":"0"}""");
    }

    [Theory]
    [InlineData("/uapi/extensions/@me/250/queue/agents/211", """{"status":"1"}""", "qag_agent_invalid", "0003*210, 0003*024")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/%20", """{"status":"1"}""", "qag_agent_invalid", "0003*210, 0003*024")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/3334444", """{"status":"1"}""", "qag_agent_invalid", "local agent")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/210", """{"status":"3"}""", "status_invalid", "2 (paused)")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/210", """{}""", "status_invalid", "status is missing")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/210", """{"status":"1""", "request_invalid", "JSON")]
    [InlineData("/uapi/extensions/@me/210/queue/agents/210", """{"status":"1"}""", "extension_invalid", "Queue")]
    [InlineData("/uapi/extensions/@me/@self/queue/agents/210", """{"status":"1"}""", "extension_invalid", "@self")]
    [InlineData("/uapi/extensions/%20/250/queue/agents/210", """{"status":"1"}""", "user_invalid", "blank")]
    public async Task A_bad_update_is_refused_naming_the_field_and_changes_nothing(string path, string body, string code, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await user.PutJsonAsync(path, body);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(named);
        emulator.Network.QueueAgentsOf(new Telephony.Numbers.ExtensionNumber("0003", "250")).Should().OnlyContain(a => a.Status == Telephony.Queues.AgentStatus.Online);
    }

    [Theory]
    [InlineData("/uapi/extensions/@me/250/queue/agents?filterBy=type&filterValue=local", "filterby_invalid", "filterBy=agentNumber")]
    [InlineData("/uapi/extensions/@me/250/queue/agents?filterBy=status&filterOp=contains&filterValue=1", "filterop_invalid", "equals")]
    [InlineData("/uapi/extensions/@me/250/queue/agents?fields=links", "fields_invalid", "identifier")]
    [InlineData("/uapi/extensions/@me/250/queue/agents?count=5001", "count_invalid", "5000")]
    [InlineData("/uapi/extensions/@me/250/queue/agents/0004*210", "qag_agent_invalid", "0004*210")]
    public async Task A_bad_list_is_refused_naming_the_parameter(string path, string code, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await user.GetPathAsync(path);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(named);
    }

    [Theory]
    [InlineData("GET", "/uapi/extensions/12/0003*250/queue/agents", "user_invalid")]
    [InlineData("PUT", "/uapi/extensions/12/0003*250/queue/agents/0003*210", "user_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/0003*250/queue/agents", "extension_invalid")]
    [InlineData("PUT", "/uapi/extensions/@owner/0003*250/queue/agents/0003*210", "extension_invalid")]
    public async Task Another_organizations_app_neither_sees_nor_changes_the_agents(string method, string path, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.SendPathAsync(new HttpMethod(method), path, method == "PUT" ? """{"status":"0"}""" : null);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        emulator.Network.QueueAgentsOf(new Telephony.Numbers.ExtensionNumber("0003", "250")).Should().OnlyContain(a => a.Status == Telephony.Queues.AgentStatus.Online);
    }

    [Fact]
    public async Task The_organizations_app_manages_the_queue_of_its_user_and_needs_a_token()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using HttpClient anonymous = emulator.CreateClient();

        using HttpResponseMessage updated = await organization.PutJsonAsync("/uapi/extensions/12/250/queue/agents/024", """{"status":"2"}""");
        using HttpResponseMessage denied = await anonymous.PutJsonAsync("/uapi/extensions/12/250/queue/agents/024", """{"status":"0"}""");

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        await denied.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
        emulator.Network.QueueAgentsOf(new Telephony.Numbers.ExtensionNumber("0003", "250")).Select(a => a.Status.ToString()).Should().Equal("Online", "Paused");
    }
}
