using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>The stock npm <c>cometd</c> 9 client with <c>cometd-nodejs-client</c> 2, in node, against the emulator on a loopback port.</summary>
public sealed class StockCometDClientTests
{
    [Fact]
    public async Task The_client_handshakes_falls_back_from_websocket_to_long_polling_and_gets_what_is_published()
    {
        await using LoopbackCometDEmulator server = await LoopbackCometDEmulator.StartAsync();
        await using NodeCometDClient agent = server.Agent(CometDEmulator.Agent1);

        JsonObject connected = await agent.NextAsync("connected");
        connected["transport"]!.GetValue<string>().Should().Be("long-polling");
        agent.Seen.Should().Contain(e => e["event"]!.GetValue<string>() == "transportException" && e["from"]!.GetValue<string>() == "websocket",
            "the client tries websocket first and the server refuses the upgrade");
        agent.Seen.Where(e => e["event"]!.GetValue<string>() == "handshake").Should().Contain(e => e["successful"]!.GetValue<bool>());

        await agent.SendAsync(new JsonObject { ["op"] = "subscribe", ["channel"] = "/v2/me/calls" });
        (await agent.NextAsync("subscribed"))["successful"]!.GetValue<bool>().Should().BeTrue();
        server.Emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", new JsonObject { ["messageType"] = "CallStateChangeMessage", ["notificationType"] = "StatusChange" });

        JsonObject message = (await agent.MessagesAsync(1))[0];
        message["channel"]!.GetValue<string>().Should().Be("/v2/me/calls");
        message["data"]!.ToJsonString().Should().Be("""{"messageType":"CallStateChangeMessage","notificationType":"StatusChange"}""");
    }

    [Fact]
    public async Task Messages_published_concurrently_arrive_each_publishers_in_order_none_lost_none_twice()
    {
        await using LoopbackCometDEmulator server = await LoopbackCometDEmulator.StartAsync();
        await using NodeCometDClient agent = server.Agent(CometDEmulator.Agent1);
        await agent.NextAsync("connected");
        await agent.SendAsync(new JsonObject { ["op"] = "subscribe", ["channel"] = "/v2/me/*" });
        await agent.NextAsync("subscribed");

        const int each = 200;
        await Task.WhenAll(
            Task.Run(() => PublishMany(server, "/v2/me/calls", each)),
            Task.Run(() => PublishMany(server, "/v2/me/devices", each)));
        List<JsonObject> messages = await agent.MessagesAsync(2 * each);

        foreach (string channel in new[] { "/v2/me/calls", "/v2/me/devices" })
        {
            messages.Where(m => m["channel"]!.GetValue<string>() == channel).Select(m => m["data"]!["n"]!.GetValue<int>())
                .Should().Equal(Enumerable.Range(0, each), $"{channel}'s messages come in the order they were published");
        }
    }

    [Fact]
    public async Task Unsubscribe_stops_delivery_and_disconnect_ends_the_client_on_the_server()
    {
        await using LoopbackCometDEmulator server = await LoopbackCometDEmulator.StartAsync();
        await using NodeCometDClient agent = server.Agent(CometDEmulator.Agent1);
        await using NodeCometDClient other = server.Agent(CometDEmulator.Agent2);
        string clientId = await agent.HandshakenAsync();
        await agent.NextAsync("connected");
        await other.NextAsync("connected");
        foreach (string channel in new[] { "/v2/me/calls", "/v2/me/devices" })
        {
            await agent.SendAsync(new JsonObject { ["op"] = "subscribe", ["channel"] = channel });
            await agent.NextAsync("subscribed");
        }

        await other.SendAsync(new JsonObject { ["op"] = "subscribe", ["channel"] = "/**" });
        await other.NextAsync("subscribed");

        await agent.SendAsync(new JsonObject { ["op"] = "unsubscribe", ["channel"] = "/v2/me/calls" });
        (await agent.NextAsync("unsubscribed"))["successful"]!.GetValue<bool>().Should().BeTrue();
        server.Emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", new JsonObject { ["n"] = 1 });
        server.Emulator.Publish(CometDEmulator.Agent1, "/v2/me/devices", new JsonObject { ["n"] = 2 });
        server.Emulator.Publish(CometDEmulator.Agent2, "/v2/me/devices", new JsonObject { ["n"] = 3 });

        (await agent.MessagesAsync(1)).Select(m => m["data"]!["n"]!.GetValue<int>()).Should().Equal(2);
        (await other.MessagesAsync(1)).Select(m => m["data"]!["n"]!.GetValue<int>()).Should().Equal(3);
        await agent.SendAsync(new JsonObject { ["op"] = "disconnect" });
        JsonObject disconnected = await agent.NextAsync("disconnected");
        disconnected["successful"]!.GetValue<bool>().Should().BeTrue(disconnected.ToJsonString());
        server.Emulator.Clients.Find(clientId).Should().BeNull();
    }

    private static void PublishMany(LoopbackCometDEmulator server, string channel, int count)
    {
        for (int n = 0; n < count; n++)
        {
            server.Emulator.Publish(CometDEmulator.Agent1, channel, new JsonObject { ["n"] = n });
        }
    }
}
