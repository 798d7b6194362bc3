using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>Seed 003: both SingleStepConference samples as printed, on the default seed's calls, and the notification each gives.</summary>
public sealed class GenesysSeedExampleTests
{
    private static readonly string[] ConferenceCapabilities =
    [
        "UpdateUserData", "SendDtmf", "InitiateConference", "Hold", "SingleStepTransfer", "InitiateTransfer", "RemoveParticipantFromConference",
        "AttachUserData", "DeleteUserDataPair", "SingleStepConference", "DeleteUserData", "MuteCall", "Hangup",
    ];

    [Fact]
    public async Task Sample_1_adds_15002_and_the_notification_is_the_seed_s()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using var agent = await emulator.AgentAsync();

        var answer = await agent.OperateAsync(SeedCall7, """
            {

            "operationName": "SingleStepConference",
            "destination": {

            "phoneNumber": "15002"
            }

            }
            """);
        answer.Expect(HttpStatusCode.OK).GetRawText().Should().Be("""{"statusCode":0}""");
        emulator.AdvanceSeconds(3);
        GenesysNotification message = await emulator.NotificationAsync("agent1", n => n.Data["notificationType"]?.GetValue<string>() == "ParticipantsUpdated");

        message.Channel.Should().Be("/v2/me/calls");
        JsonObject data = message.Data;
        data["messageType"]!.GetValue<string>().Should().Be("CallStateChangeMessage");
        data["phoneNumber"]!.GetValue<string>().Should().Be("15000");
        data["extensions"]!.ToJsonString().Should().Be("""{"BusinessCall":0}""");
        JsonNode call = data["call"]!;
        call["id"]!.GetValue<string>().Should().Be(SeedCall7);
        call["callUuid"]!.GetValue<string>().Should().Be(SeedCall7);
        call["connId"]!.GetValue<string>().Should().Be("0071027198180007");
        call["state"]!.GetValue<string>().Should().Be("Established");
        call["deviceUri"]!.GetValue<string>().Should().Be($"http://localhost/api/v2/devices/{Device15000}");
        call["participants"]!.ToJsonString().Should().Be(
            """[{"e164Number":"","formattedPhoneNumber":"15002","phoneNumber":"15002","digits":"15002"},{"e164Number":"","formattedPhoneNumber":"15001","phoneNumber":"15001","digits":"15001"}]""");
        call["dnis"]!.GetValue<string>().Should().Be("15001");
        call["callType"]!.GetValue<string>().Should().Be("Internal");
        call["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal(ConferenceCapabilities);
        call["userData"]!.ToJsonString().Should().Be("""{"FirstConferencePartyDN":"15000"}""");
        call["duration"]!.GetValue<string>().Should().Be("55");
        call["mute"]!.GetValue<string>().Should().Be("Off");
        call["supervisorListeningIn"]!.GetValue<bool>().Should().BeFalse();
        call["uri"]!.GetValue<string>().Should().Be($"http://localhost/api/v2/me/calls/{SeedCall7}");
        call["path"]!.GetValue<string>().Should().Be($"/calls/{SeedCall7}");
        call.AsObject().Select(field => field.Key).Should().Equal(
            ["id", "state", "callUuid", "connId", "deviceUri", "participants", "dnis", "callType", "capabilities", "userData", "duration",
             "mute", "supervisorListeningIn", "monitoredUserMuted", "monitoring", "uri", "path"],
            "the seed's conference call has these fields and no other (no recordingState: it offers no recording)");
        emulator.Network.FindLiveCall(new("0071027198180007c0de"))!.Legs.Count(l => l.IsLive).Should().Be(3);
    }

    [Fact]
    public async Task Sample_2_also_attaches_the_user_data_it_sends()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using var agent = await emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall8, """
            {
            "operationName": "SingleStepConference",
            "destination": {
            "phoneNumber": "15002"
            },
            "userData": {
            "AccountNumber": "12345"
            }
            }
            """)).Expect(HttpStatusCode.OK).GetProperty("statusCode").GetInt32().Should().Be(0);
        emulator.AdvanceSeconds(3);
        GenesysNotification message = await emulator.NotificationAsync("agent1",
            n => n.Data["notificationType"]?.GetValue<string>() == "ParticipantsUpdated" && n.Data["call"]!["id"]!.GetValue<string>() == SeedCall8);

        message.Data["call"]!["userData"]!.ToJsonString().Should().Be("""{"AccountNumber":"12345","FirstConferencePartyDN":"15000"}""");
        message.Data["call"]!["connId"]!.GetValue<string>().Should().Be("0071027198180008");
        message.Data["call"]!["duration"]!.GetValue<string>().Should().Be("67");
    }

    [Fact]
    public async Task The_seed_calls_are_listed_for_agent1_and_for_agent2_on_the_other_side()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using var agent1 = await emulator.AgentAsync();
        using var agent2 = await emulator.AgentAsync("agent2");

        JsonElement uris = (await agent1.GetAsync("/api/v2/me/calls")).Expect(HttpStatusCode.OK);
        JsonElement other = (await agent2.GetAsync("/api/v2/me/calls?fields=*")).Expect(HttpStatusCode.OK);

        uris.GetProperty("uris").EnumerateArray().Select(u => u.GetString()).Should().Equal(
            $"http://localhost/api/v2/me/calls/{SeedCall8}", $"http://localhost/api/v2/me/calls/{SeedCall7}");
        other.GetProperty("calls").EnumerateArray().Select(c => c.GetProperty("participants")[0].GetProperty("phoneNumber").GetString()).Should().Equal("15000", "15000");
        other.GetProperty("calls")[0].GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()).Should().Equal(
            "UpdateUserData", "SendDtmf", "InitiateConference", "Hold", "SingleStepTransfer", "InitiateTransfer",
            "AttachUserData", "DeleteUserDataPair", "SingleStepConference", "DeleteUserData", "Hangup", "StartCallRecording");
    }
}
