using System.Net;
using System.Text.Json;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>/api/v2/me, the contact-center session, the voice state and the devices.</summary>
public sealed class GenesysAgentStateTests
{
    [Fact]
    public async Task Me_with_subresources_embeds_the_device_and_its_list_gives_uris_or_fields()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();

        JsonElement user = (await agent.GetAsync("/api/v2/me?subresources=*")).Expect(HttpStatusCode.OK).GetProperty("user");
        JsonElement uris = (await agent.GetAsync("/api/v2/me/devices")).Expect(HttpStatusCode.OK);
        JsonElement some = (await agent.GetAsync("/api/v2/me/devices?fields=id,phoneNumber")).Expect(HttpStatusCode.OK);
        JsonElement one = (await agent.GetAsync($"/api/v2/me/devices/{Device15000}")).Expect(HttpStatusCode.OK);

        user.GetProperty("devices")[0].GetProperty("id").GetString().Should().Be(Device15000);
        user.GetProperty("devices")[0].GetProperty("phoneNumber").GetString().Should().Be("15000");
        uris.GetProperty("uris").EnumerateArray().Select(u => u.GetString()).Should().Equal($"http://localhost/api/v2/devices/{Device15000}");
        some.GetProperty("devices")[0].GetRawText().Should().Be($$"""{"id":"{{Device15000}}","phoneNumber":"15000"}""");
        one.GetProperty("device").GetProperty("deviceState").GetString().Should().Be("Inactive");
        (await agent.GetAsync("/api/v2/me?subresources=skills")).Expect(HttpStatusCode.BadRequest).GetProperty("statusMessage").GetString()
            .Should().Contain("devices, channels, features, settings");
        (await agent.GetAsync("/api/v2/me/devices/0000")).Expect(HttpStatusCode.NotFound).GetProperty("statusCode").GetInt32().Should().Be(6);
    }

    [Fact]
    public async Task Ready_needs_a_session_and_each_state_is_announced_on_v2_me_devices()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();

        JsonElement early = (await agent.PostAsync("/api/v2/me/channels/voice", """{"operationName":"Ready"}""")).Expect(HttpStatusCode.BadRequest);
        (await agent.PostAsync("/api/v2/me", """{"operationName":"StartContactCenterSession","channels":["voice"]}""")).Expect(HttpStatusCode.OK);
        (await agent.PostAsync("/api/v2/me/channels/voice", """{"operationName":"Ready"}""")).Expect(HttpStatusCode.OK);
        GenesysNotification ready = await emulator.NotificationAsync("agent1", n => n.Data["devices"]?[0]?["userState"]?["state"]?.GetValue<string>() == "Ready");
        (await agent.PostAsync("/api/v2/me", """{"operationName":"AfterCallWork"}""")).Expect(HttpStatusCode.OK);
        GenesysNotification acw = await emulator.NotificationAsync("agent1", n => n.Data["devices"]?[0]?["userState"]?["workMode"]?.GetValue<string>() == "AfterCallWork");

        early.GetProperty("statusCode").GetInt32().Should().Be(2);
        early.GetProperty("statusMessage").GetString().Should().Contain("StartContactCenterSession");
        ready.Channel.Should().Be("/v2/me/devices");
        ready.Data["messageType"]!.GetValue<string>().Should().Be("DeviceStateChangeMessage");
        ready.Data["devices"]![0]!["deviceState"]!.GetValue<string>().Should().Be("Active");
        acw.Data["devices"]![0]!["userState"]!["state"]!.GetValue<string>().Should().Be("NotReady");
        (await agent.GetAsync("/api/v2/me/devices?fields=*")).Json.GetProperty("devices")[0].GetProperty("userState").GetProperty("displayName").GetString()
            .Should().Be("AfterCallWork");
    }

    [Theory]
    [InlineData("%20", HttpStatusCode.BadRequest, 1, "the device id is missing")]
    [InlineData("%09", HttpStatusCode.BadRequest, 1, "the device id is missing")]
    [InlineData("another-device", HttpStatusCode.NotFound, 6, "has no device 'another-device'")]
    public async Task A_blank_or_other_device_in_the_path_is_refused_naming_the_agents_device(string device, HttpStatusCode status, int statusCode, string message)
    {
        await using var emulator = new EmulatorFactory();
        using var agent = await emulator.AgentAsync();

        JsonElement refused = (await agent.GetAsync($"/api/v2/me/devices/{device}")).Expect(status);

        refused.GetProperty("statusCode").GetInt32().Should().Be(statusCode);
        refused.GetProperty("statusMessage").GetString().Should().Contain(message).And.Contain(Device15000);
    }

    [Theory]
    [InlineData("", 1, "operationName is missing")]
    [InlineData("{\"operationName\":\"Dance\"}", 2, "send one of StartContactCenterSession")]
    [InlineData("{\"operationName\":5}", 10, "operationName must be a string")]
    [InlineData("{\"operationName\":\"StartContactCenterSession\"}", 1, "channels is missing")]
    [InlineData("{\"operationName\":\"StartContactCenterSession\",\"channels\":[\"email\"]}", 10, "channels 'email'")]
    [InlineData("{\"operationName\":", 10, "not valid JSON")]
    [InlineData("[1]", 10, "not a JSON object")]
    public async Task Bad_session_requests_answer_their_statusCode_and_change_nothing(string body, int statusCode, string message)
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();

        Answer answer = await agent.PostAsync("/api/v2/me", body);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.Json.GetProperty("statusCode").GetInt32().Should().Be(statusCode);
        answer.Json.GetProperty("statusMessage").GetString().Should().Contain(message);
        (await agent.GetAsync($"/api/v2/me/devices/{Device15000}")).Json.GetProperty("device").GetProperty("deviceState").GetString().Should().Be("Inactive");
    }

    [Fact]
    public async Task An_unknown_resource_under_api_v2_answers_statusCode_6()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();

        Answer answer = await agent.GetAsync("/api/v2/me/skills");

        answer.Status.Should().Be(HttpStatusCode.NotFound);
        answer.Json.GetProperty("statusCode").GetInt32().Should().Be(6);
    }
}
