using System.Net;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>What is no Bayeux request, or not one this server takes, gets a Bayeux error or a 4xx, never a 500.</summary>
public sealed class BayeuxBadInputTests
{
    [Theory]
    [InlineData("not json", "400::the request is not valid JSON (line 1, position 2")]
    [InlineData("", "400::the request carries no Bayeux message")]
    [InlineData("42", "400::the request is JSON but not an array of Bayeux messages")]
    [InlineData("\"handshake\"", "400::the request is JSON but not an array of Bayeux messages")]
    [InlineData("[{\"channel\":", "400::the request is not valid JSON")]
    [InlineData("[{\"channel\":\"/meta/connect\",\"channel\":\"/meta/handshake\"}]", "400::the request is not valid JSON (Duplicate property 'channel'")]
    public async Task A_body_that_is_no_bayeux_message_gets_400_with_a_bayeux_error(string body, string error)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();

        (HttpStatusCode status, JsonArray? messages, string text) = await bayeux.PostAsync(body);

        status.Should().Be(HttpStatusCode.BadRequest, text);
        JsonNode reply = messages.Should().ContainSingle().Subject!;
        reply["successful"]!.GetValue<bool>().Should().BeFalse();
        reply["error"]!.GetValue<string>().Should().StartWith(error);
        emulator.Clients.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("[5]", "400::message 1 of the array is not a JSON object")]
    [InlineData("[{\"id\":\"1\"}]", "400::channel missing")]
    [InlineData("[{\"channel\":\" \"}]", "400::channel missing")]
    [InlineData("[{\"channel\":7}]", "400::channel missing")]
    [InlineData("[{\"channel\":\"/meta/handshake\",\"supportedConnectionTypes\":[\"long-polling\"]}]", "400::version missing or not 1.x")]
    [InlineData("[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[\"websocket\"]}]", "400::supportedConnectionTypes names no transport of this server")]
    [InlineData("[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\"}]", "400::supportedConnectionTypes names no transport of this server")]
    [InlineData("[{\"channel\":\"/meta/connect\"}]", "402::Unknown client")]
    [InlineData("[{\"channel\":\"/meta/handshake\",\"version\":1,\"supportedConnectionTypes\":[\"long-polling\"]}]", "400::version missing or not 1.x")]
    [InlineData("[{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[null,7,{}]}]", "400::supportedConnectionTypes names no transport")]
    [InlineData("[{\"channel\":\"/meta/connect\",\"clientId\":\"nobody\"}]", "402::Unknown client")]
    [InlineData("[{\"channel\":\"/meta/subscribe\",\"clientId\":\"nobody\",\"subscription\":\"/v2/me/calls\"}]", "402::Unknown client")]
    [InlineData("[{\"channel\":\"/meta/unsubscribe\",\"clientId\":\"nobody\",\"subscription\":\"/v2/me/calls\"}]", "402::Unknown client")]
    [InlineData("[{\"channel\":\"/meta/disconnect\",\"clientId\":\"nobody\"}]", "402::Unknown client")]
    [InlineData("[{\"channel\":\"/v2/me/calls\",\"clientId\":\"nobody\",\"data\":{}}]", "402::Unknown client")]
    public async Task A_message_the_server_cannot_take_gets_an_unsuccessful_reply_and_changes_nothing(string body, string error)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();

        (HttpStatusCode status, JsonArray? messages, string text) = await bayeux.PostAsync(body);

        status.Should().Be(HttpStatusCode.OK, text);
        JsonNode reply = messages.Should().ContainSingle().Subject!;
        reply["successful"]!.GetValue<bool>().Should().BeFalse();
        reply["error"]!.GetValue<string>().Should().StartWith(error);
        emulator.Clients.Count.Should().Be(0);
    }

    [Theory]
    [InlineData("/v2/me/calls", "403::Publish denied")]
    [InlineData("/service/echo", "403::Publish denied")]
    [InlineData("/meta/ping", "400::/meta/ping is no Bayeux meta channel")]
    public async Task A_known_client_cannot_publish_nor_use_an_unknown_meta_channel(string channel, string error)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");

        JsonArray reply = await bayeux.SendAsync(new JsonObject { ["channel"] = channel, ["clientId"] = clientId, ["data"] = new JsonObject() });

        reply.Should().ContainSingle().Which!["error"]!.GetValue<string>().Should().StartWith(error);
        (await bayeux.ConnectAsync(clientId, holdMilliseconds: 0)).Should().ContainSingle("nothing was published");
    }

    [Fact]
    public async Task A_second_connect_in_one_request_is_refused_and_the_first_answered()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.HandshakeAsync();

        (HttpStatusCode status, JsonArray? messages, _) = await bayeux.PostAsync($$"""
            [{"channel":"/meta/connect","clientId":"{{clientId}}","id":"1"},{"channel":"/meta/connect","clientId":"{{clientId}}","id":"2"}]
            """);

        status.Should().Be(HttpStatusCode.OK);
        messages!.Select(m => m!["successful"]!.GetValue<bool>()).Should().Equal(true, false);
        messages![1]!["error"]!.GetValue<string>().Should().StartWith("400::one /meta/connect per request");
    }

    [Fact]
    public async Task A_websocket_upgrade_is_refused_with_400_so_that_clients_fall_back_to_long_polling()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        using var upgrade = new HttpRequestMessage(HttpMethod.Get, new Uri(BayeuxHttp.Path, UriKind.Relative));
        upgrade.Headers.Connection.Add("Upgrade");
        upgrade.Headers.Upgrade.Add(new System.Net.Http.Headers.ProductHeaderValue("websocket"));
        upgrade.Headers.Add("Sec-WebSocket-Version", "13");
        upgrade.Headers.Add("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");

        using HttpResponseMessage response = await bayeux.Http.SendAsync(upgrade);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("no WebSocket transport").And.Contain("long-polling");
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();

        (HttpStatusCode status, _, _) = await bayeux.PostAsync($$"""[{"channel":"/meta/handshake","pad":"{{new string('x', 70_000)}}"}]""");

        status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }
}
