using System.Net;
using System.Text.Json.Nodes;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>End to end: seed 003's SingleStepConference over HTTP, and its notification as the stock CometD client receives it.</summary>
public sealed class SeedConferenceNotificationTests
{
    /// <summary>Seed 003, sample 1's CometD notification as printed (the PDF's line break inside deviceUri joined).</summary>
    private const string SeedNotification = """
        {"data":{"notificationType":"ParticipantsUpdated","call":{"id":"01RCC3N118B1V0SL8O7GK2LAES000007","state":"Established",
        "callUuid":"01RCC3N118B1V0SL8O7GK2LAES000007","connId":"0071027198180007",
        "deviceUri":"http://127.0.0.1:8080/api/v2/devices/631608b3-ceb1-472b-ba05-2ae39555b0d1",
        "participants":[{"e164Number":"","formattedPhoneNumber":"15002","phoneNumber":"15002","digits":"15002"},
        {"e164Number":"","formattedPhoneNumber":"15001","phoneNumber":"15001","digits":"15001"}],
        "dnis":"15001","callType":"Internal",
        "capabilities":["UpdateUserData","SendDtmf","InitiateConference","Hold","SingleStepTransfer","InitiateTransfer",
        "RemoveParticipantFromConference","AttachUserData","DeleteUserDataPair","SingleStepConference","DeleteUserData","MuteCall","Hangup"],
        "userData":{"FirstConferencePartyDN":"15000"},"duration":"52","mute":"Off","supervisorListeningIn":false,
        "monitoredUserMuted":false,"monitoring":false,
        "uri":"http://127.0.0.1:8080/api/v2/me/calls/01RCC3N118B1V0SL8O7GK2LAES000007","path":"/calls/01RCC3N118B1V0SL8O7GK2LAES000007"},
        "phoneNumber":"15000","extensions":{"BusinessCall":0},"messageType":"CallStateChangeMessage"},"channel":"/v2/me/calls"}
        """;

    [Fact]
    public async Task A_cometd_subscriber_of_agent1_receives_seed_003s_participants_updated_field_for_field()
    {
        await using LoopbackCometDEmulator server = await LoopbackCometDEmulator.StartAsync(seedCalls: true);
        await using NodeCometDClient subscriber = server.Agent(CometDEmulator.Agent1);
        await subscriber.NextAsync("connected");
        await subscriber.SendAsync(new JsonObject { ["op"] = "subscribe", ["channel"] = "/v2/me/calls" });
        (await subscriber.NextAsync("subscribed"))["successful"]!.GetValue<bool>().Should().BeTrue();
        using var agent = await server.Emulator.AgentAsync();

        (await agent.OperateAsync(SeedCall7, """{"operationName":"SingleStepConference","destination":{"phoneNumber":"15002"}}"""))
            .Expect(HttpStatusCode.OK).GetRawText().Should().Be("""{"statusCode":0}""");
        server.Emulator.AdvanceSeconds(3);
        JsonObject received = await ParticipantsUpdatedAsync(subscriber);

        JsonObject expected = JsonNode.Parse(SeedNotification)!.AsObject();
        string origin = server.Address.GetLeftPart(UriPartial.Authority);
        foreach (string link in new[] { "deviceUri", "uri" })
        {
            expected["data"]!["call"]![link] = expected["data"]!["call"]![link]!.GetValue<string>().Replace("http://127.0.0.1:8080", origin, StringComparison.Ordinal);
        }

        expected["data"]!["call"]!["duration"] = "55";
        var delivered = new JsonObject { ["data"] = received["data"]!.DeepClone(), ["channel"] = received["channel"]!.DeepClone() };
        JsonNode.DeepEquals(delivered, expected).Should().BeTrue(
            $"the notification is seed 003's, field for field (in any order), with this emulator's address in its links and the call's duration by the emulator's clock (52 s when seeded + 3 s to answer); got {delivered.ToJsonString()}, expected {expected.ToJsonString()}");
    }

    private static async Task<JsonObject> ParticipantsUpdatedAsync(NodeCometDClient subscriber)
    {
        while (true)
        {
            JsonObject message = await subscriber.NextAsync("message");
            if (message["data"]?["notificationType"]?.GetValue<string>() == "ParticipantsUpdated")
            {
                return message;
            }
        }
    }
}
