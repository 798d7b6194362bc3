using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>Handshake and connect over plain HTTP: the advice, delivery in order, and connects held on the emulator's clock.</summary>
public sealed class BayeuxLongPollingTests
{
    private static JsonObject Event(int n) => new() { ["messageType"] = "CallStateChangeMessage", ["n"] = n };

    [Fact]
    public async Task Handshake_answers_a_client_id_the_version_the_transports_and_the_advice()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();

        JsonArray reply = await bayeux.SendAsync(new JsonObject
        {
            ["channel"] = "/meta/handshake", ["version"] = "1.0", ["minimumVersion"] = "1.0",
            ["supportedConnectionTypes"] = new JsonArray("websocket", "long-polling", "callback-polling"), ["id"] = "7",
        });

        JsonObject handshake = reply.Should().ContainSingle().Subject!.AsObject();
        handshake["channel"]!.GetValue<string>().Should().Be("/meta/handshake");
        handshake["successful"]!.GetValue<bool>().Should().BeTrue();
        handshake["id"]!.GetValue<string>().Should().Be("7");
        handshake["version"]!.GetValue<string>().Should().Be("1.0");
        handshake["clientId"]!.GetValue<string>().Should().MatchRegex("^[0-9a-f]{32}$");
        handshake["supportedConnectionTypes"]!.AsArray().Select(t => t!.GetValue<string>()).Should().Equal("long-polling", "callback-polling");
        handshake["advice"]!.ToJsonString().Should().Be("""{"reconnect":"retry","interval":0,"timeout":30000}""");
    }

    [Fact]
    public async Task The_first_connect_is_answered_at_once_and_later_ones_bring_the_queued_messages_first_in_order()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");

        for (int n = 1; n <= 3; n++)
        {
            emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", Event(n));
        }

        JsonArray reply = await bayeux.ConnectAsync(clientId);

        reply.Should().HaveCount(4);
        reply.Take(3).Select(m => m!["data"]!["n"]!.GetValue<int>()).Should().Equal(1, 2, 3);
        reply.Take(3).Select(m => m!["channel"]!.GetValue<string>()).Should().AllBe("/v2/me/calls");
        reply[0]!.ToJsonString().Should().Be("""{"data":{"messageType":"CallStateChangeMessage","n":1},"channel":"/v2/me/calls"}""");
        reply[3]!["channel"]!.GetValue<string>().Should().Be("/meta/connect");
        reply[3]!["successful"]!.GetValue<bool>().Should().BeTrue();
        reply[3]!["clientId"]!.GetValue<string>().Should().Be(clientId);
        reply[3]!["advice"]!["reconnect"]!.GetValue<string>().Should().Be("retry");
    }

    [Fact]
    public async Task A_connect_is_held_through_most_of_its_timeout_and_answered_as_soon_as_a_message_comes()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/*");

        Task<JsonArray> held = await emulator.HeldConnectAsync(bayeux, clientId);
        emulator.AdvanceSeconds(29);
        held.IsCompleted.Should().BeFalse("the connect timeout is 30 s of the emulator's clock");
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/devices", Event(1));

        JsonArray reply = await held.WaitAsync(TimeSpan.FromSeconds(30));
        reply.Select(m => m!["channel"]!.GetValue<string>()).Should().Equal("/v2/me/devices", "/meta/connect");
    }

    [Fact]
    public async Task A_held_connect_with_nothing_to_deliver_is_answered_empty_when_its_timeout_passes_on_the_emulator_clock()
    {
        await using var emulator = new CometDEmulator().With("Genesys:CometD:ConnectTimeoutSeconds", "10");
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");

        Task<JsonArray> held = await emulator.HeldConnectAsync(bayeux, clientId);
        emulator.AdvanceSeconds(10);

        JsonArray reply = await held.WaitAsync(TimeSpan.FromSeconds(30));
        JsonNode connect = reply.Should().ContainSingle().Subject!;
        connect["successful"]!.GetValue<bool>().Should().BeTrue();
        connect["advice"]!["timeout"]!.GetValue<long>().Should().Be(10_000);
    }

    [Fact]
    public async Task A_newer_connect_releases_the_held_one_empty_and_takes_the_messages()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");
        Task<JsonArray> first = await emulator.HeldConnectAsync(bayeux, clientId);

        Task<JsonArray> second = bayeux.ConnectAsync(clientId);
        (await first.WaitAsync(TimeSpan.FromSeconds(30))).Should().ContainSingle().Which!["successful"]!.GetValue<bool>().Should().BeTrue();
        await emulator.Clients.Find(clientId)!.ConnectHeldAsync().WaitAsync(TimeSpan.FromSeconds(30));
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", Event(1));

        (await second.WaitAsync(TimeSpan.FromSeconds(30))).Select(m => m!["channel"]!.GetValue<string>()).Should().Equal("/v2/me/calls", "/meta/connect");
    }

    [Fact]
    public async Task A_client_that_stops_connecting_is_dropped_after_the_client_timeout_and_told_to_handshake_again()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string kept = await bayeux.ConnectedAsync("/v2/me/calls");
        string dropped = await bayeux.ConnectedAsync("/v2/me/calls");

        emulator.AdvanceSeconds(59);
        (await bayeux.ConnectAsync(kept, holdMilliseconds: 0)).Should().ContainSingle().Which!["successful"]!.GetValue<bool>().Should().BeTrue();
        emulator.AdvanceSeconds(1);

        emulator.Clients.Find(dropped).Should().BeNull("60 s passed on the emulator's clock since its last connect");
        JsonNode refused = (await bayeux.ConnectAsync(dropped)).Should().ContainSingle().Subject!;
        refused["successful"]!.GetValue<bool>().Should().BeFalse();
        refused["error"]!.GetValue<string>().Should().Be("402::Unknown client");
        refused["advice"]!["reconnect"]!.GetValue<string>().Should().Be("handshake");
        (await bayeux.ConnectAsync(kept, holdMilliseconds: 0)).Should().ContainSingle().Which!["successful"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_client_whose_connect_is_held_is_not_dropped_however_long_the_hold()
    {
        await using var emulator = new CometDEmulator().With("Genesys:CometD:ConnectTimeoutSeconds", "120");
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");
        Task<JsonArray> held = await emulator.HeldConnectAsync(bayeux, clientId);

        emulator.AdvanceSeconds(100);
        emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", Event(1));

        (await held.WaitAsync(TimeSpan.FromSeconds(30))).Select(m => m!["channel"]!.GetValue<string>()).Should().Equal("/v2/me/calls", "/meta/connect");
        emulator.Clients.Find(clientId).Should().NotBeNull();
    }

    [Fact]
    public async Task A_full_queue_drops_its_client_whose_next_connect_is_told_to_handshake_again()
    {
        await using var emulator = new CometDEmulator().With("Genesys:CometD:MaxQueuedMessages", "2");
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");

        for (int n = 1; n <= 3; n++)
        {
            emulator.Publish(CometDEmulator.Agent1, "/v2/me/calls", Event(n));
        }

        (await bayeux.ConnectAsync(clientId)).Should().ContainSingle().Which!["error"]!.GetValue<string>().Should().Be("402::Unknown client");
    }

    [Fact]
    public async Task Disconnect_answers_the_held_connect_with_no_reconnect_and_forgets_the_client()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");
        Task<JsonArray> held = await emulator.HeldConnectAsync(bayeux, clientId);

        JsonArray reply = await bayeux.SendAsync(new JsonObject { ["channel"] = "/meta/disconnect", ["clientId"] = clientId, ["id"] = "d" });

        reply.Should().ContainSingle().Which!.ToJsonString().Should().Be($$"""{"channel":"/meta/disconnect","successful":true,"id":"d","clientId":"{{clientId}}"}""");
        JsonObject connect = (await held.WaitAsync(TimeSpan.FromSeconds(30))).Should().ContainSingle().Which!.AsObject();
        connect["successful"]!.GetValue<bool>().Should().BeTrue();
        connect["advice"]!["reconnect"]!.GetValue<string>().Should().Be("none");
        emulator.Clients.Find(clientId).Should().BeNull();
        emulator.Clients.Count.Should().Be(0);
    }

    [Fact]
    public async Task An_emulator_reset_drops_every_client_and_answers_its_held_connect_402()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");
        Task<JsonArray> held = await emulator.HeldConnectAsync(bayeux, clientId);

        using HttpClient control = emulator.ControlClient();
        (await control.PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null)).EnsureSuccessStatusCode();

        (await held.WaitAsync(TimeSpan.FromSeconds(30))).Should().ContainSingle().Which!["error"]!.GetValue<string>().Should().Be("402::Unknown client");
        emulator.Clients.Count.Should().Be(0);
    }

    [Fact]
    public async Task The_sub_paths_that_jquery_clients_post_to_answer_as_the_endpoint_does()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        JsonArray handshake = await bayeux.SendAsync(new JsonObject
        {
            ["channel"] = "/meta/handshake", ["version"] = "1.0", ["supportedConnectionTypes"] = new JsonArray("long-polling"),
        }, BayeuxHttp.Path + "/handshake");
        string clientId = handshake[0]!["clientId"]!.GetValue<string>();

        JsonArray connect = await bayeux.SendAsync(new JsonObject { ["channel"] = "/meta/connect", ["clientId"] = clientId, ["connectionType"] = "long-polling" }, BayeuxHttp.Path + "/connect");
        connect.Should().ContainSingle().Which!["successful"]!.GetValue<bool>().Should().BeTrue();
        (await bayeux.SendAsync(new JsonObject { ["channel"] = "/meta/disconnect", ["clientId"] = clientId }, BayeuxHttp.Path + "/disconnect"))
            .Should().ContainSingle().Which!["successful"]!.GetValue<bool>().Should().BeTrue();
    }
}
