using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>Subscribe and unsubscribe: the channels and patterns that deliver, the ones refused, and one agent's messages kept from another.</summary>
public sealed class BayeuxSubscriptionTests
{
    [Theory]
    [InlineData("/v2/me/calls", true, false)]
    [InlineData("/v2/me/devices", false, true)]
    [InlineData("/v2/me/*", true, true)]
    [InlineData("/v2/me/**", true, true)]
    [InlineData("/**", true, true)]
    public async Task A_subscription_delivers_the_channels_it_covers(string subscription, bool calls, bool devices)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync(subscription);

        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", new JsonObject { ["messageType"] = "CallStateChangeMessage" });
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/devices", new JsonObject { ["messageType"] = "DeviceStateChangeMessage" });
        JsonArray reply = await bayeux.ConnectAsync(clientId, holdMilliseconds: 0);

        string[] expected = [.. calls ? ["/v2/me/calls"] : Array.Empty<string>(), .. devices ? ["/v2/me/devices"] : Array.Empty<string>(), "/meta/connect"];
        reply.Select(m => m!["channel"]!.GetValue<string>()).Should().Equal(expected);
    }

    [Theory]
    [InlineData("\"subscription\":\"/v2/me//calls\"", "400::subscription /v2/me//calls is not a channel: a channel has no empty or blank segment")]
    [InlineData("\"subscription\":\"v2/me/calls\"", "400::subscription v2/me/calls is not a channel: a channel starts with /")]
    [InlineData("\"subscription\":\"/v2/*/calls\"", "400::subscription /v2/*/calls is not a channel: a wildcard (* or **) is only the whole last segment")]
    [InlineData("\"subscription\":\"/v2/me/ \"", "400::subscription /v2/me/  is not a channel: a channel has no empty or blank segment")]
    [InlineData("\"subscription\":\"/meta/connect\"", "403::Subscription denied: nothing is published on /meta/connect")]
    [InlineData("\"subscription\":\"/service/echo\"", "403::Subscription denied: nothing is published on /service/echo")]
    [InlineData("\"subscription\":\"/v2/me/call\"", "403::Subscription denied: nothing is published on /v2/me/call;")]
    [InlineData("\"subscription\":5", "400::subscription missing or not a channel name")]
    [InlineData("\"subscription\":[]", "400::subscription missing or not a channel name")]
    [InlineData("\"other\":1", "400::subscription missing or not a channel name")]
    public async Task A_bad_subscription_is_refused_with_a_bayeux_error_and_subscribes_nothing(string field, string error)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync();

        JsonArray reply = await bayeux.SendAsync(JsonNode.Parse($$"""{"channel":"/meta/subscribe","clientId":"{{clientId}}","id":"9",{{field}}}""")!.AsObject());

        JsonNode refused = reply.Should().ContainSingle().Subject!;
        refused["channel"]!.GetValue<string>().Should().Be("/meta/subscribe");
        refused["successful"]!.GetValue<bool>().Should().BeFalse();
        refused["id"]!.GetValue<string>().Should().Be("9");
        refused["error"]!.GetValue<string>().Should().StartWith(error);
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", []);
        (await bayeux.ConnectAsync(clientId, holdMilliseconds: 0)).Should().ContainSingle();
    }

    [Fact]
    public async Task Unsubscribe_stops_the_delivery_of_that_channel_only()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls", "/v2/me/devices");

        JsonArray reply = await bayeux.SendAsync(BayeuxHttp.Subscribe(clientId, "/v2/me/calls", "/meta/unsubscribe"));
        reply.Should().ContainSingle().Which!.ToJsonString().Should().Be($$"""{"channel":"/meta/unsubscribe","successful":true,"id":"s","clientId":"{{clientId}}","subscription":"/v2/me/calls"}""");
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", []);
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/devices", []);

        (await bayeux.ConnectAsync(clientId, holdMilliseconds: 0)).Select(m => m!["channel"]!.GetValue<string>()).Should().Equal("/v2/me/devices", "/meta/connect");
    }

    [Fact]
    public async Task Several_subscriptions_in_one_message_are_taken_together()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync();

        JsonArray reply = await bayeux.SendAsync(new JsonObject
        {
            ["channel"] = "/meta/subscribe", ["clientId"] = clientId, ["subscription"] = new JsonArray("/v2/me/calls", "/v2/me/devices"),
        });

        reply[0]!["successful"]!.GetValue<bool>().Should().BeTrue();
        reply[0]!["subscription"]!.ToJsonString().Should().Be("""["/v2/me/calls","/v2/me/devices"]""");
    }

    [Fact]
    public async Task A_client_gets_only_its_own_agents_messages_and_cannot_use_another_agents_client_id()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp agent1 = emulator.Bayeux(CometDEmulator.Agent1);
        using BayeuxHttp agent2 = emulator.Bayeux(CometDEmulator.Agent2);
        string first = await agent1.ConnectedAsync("/**");
        string second = await agent2.ConnectedAsync("/**");

        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", new JsonObject { ["for"] = "agent1" });
        emulator.Publish(CometDEmulator.Agent2, "/v2/me/calls", new JsonObject { ["for"] = "agent2" });

        (await agent2.ConnectAsync(second, holdMilliseconds: 0)).Take(1).Select(m => m!["data"]!["for"]!.GetValue<string>()).Should().Equal("agent2");
        (await agent2.ConnectAsync(first, holdMilliseconds: 0)).Should().ContainSingle().Which!["error"]!.GetValue<string>().Should().Be("402::Unknown client");
        (await agent1.ConnectAsync(first, holdMilliseconds: 0)).Select(m => m!["data"]?["for"]?.GetValue<string>()).Should().Equal("agent1", null);
    }
}
