using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>A Bayeux client by hand over plain HTTP, as an agent (Basic auth), for the protocol's details and error paths.</summary>
public sealed class BayeuxHttp(HttpClient http) : IDisposable
{
    public const string Path = "/api/v2/notifications";

    public HttpClient Http => http;

    public static BayeuxHttp As(HttpClient http, string user, string password)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return new BayeuxHttp(http);
    }

    /// <summary>Posts <paramref name="json"/> as it is; answers the status and the body parsed as a JSON array (null when it is none).</summary>
    public async Task<(HttpStatusCode Status, JsonArray? Messages, string Body)> PostAsync(string json, string path = Path)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        string body = await response.Content.ReadAsStringAsync();
        JsonArray? messages = null;
        try
        {
            messages = JsonNode.Parse(body) as JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
        }

        return (response.StatusCode, messages, body);
    }

    /// <summary>Posts one message and answers the whole reply array, after checking the status is 200.</summary>
    public async Task<JsonArray> SendAsync(JsonObject message, string path = Path)
    {
        (HttpStatusCode status, JsonArray? messages, string body) = await PostAsync(new JsonArray(message).ToJsonString(), path);
        status.Should().Be(HttpStatusCode.OK, body);
        return messages!;
    }

    /// <summary>Handshakes and answers the clientId.</summary>
    public async Task<string> HandshakeAsync()
    {
        JsonArray reply = await SendAsync(new JsonObject
        {
            ["channel"] = "/meta/handshake", ["version"] = "1.0", ["supportedConnectionTypes"] = new JsonArray("long-polling"), ["id"] = "1",
        });
        reply[0]!["successful"]!.GetValue<bool>().Should().BeTrue(reply.ToJsonString());
        return reply[0]!["clientId"]!.GetValue<string>();
    }

    /// <summary>Handshakes, makes the first connect (answered at once) and subscribes to <paramref name="subscription"/>.</summary>
    public async Task<string> ConnectedAsync(params string[] subscriptions)
    {
        string clientId = await HandshakeAsync();
        (await ConnectAsync(clientId)).Should().ContainSingle();
        foreach (string subscription in subscriptions)
        {
            JsonArray reply = await SendAsync(Subscribe(clientId, subscription));
            reply[0]!["successful"]!.GetValue<bool>().Should().BeTrue(reply.ToJsonString());
        }

        return clientId;
    }

    /// <summary>A connect; <paramref name="holdMilliseconds"/> is the client's <c>advice.timeout</c> (0: answer at once).</summary>
    public Task<JsonArray> ConnectAsync(string clientId, int? holdMilliseconds = null)
    {
        var connect = new JsonObject { ["channel"] = "/meta/connect", ["clientId"] = clientId, ["connectionType"] = "long-polling", ["id"] = "c" };
        if (holdMilliseconds is { } hold)
        {
            connect["advice"] = new JsonObject { ["timeout"] = hold };
        }

        return SendAsync(connect);
    }

    public static JsonObject Subscribe(string clientId, string subscription, string channel = "/meta/subscribe") =>
        new() { ["channel"] = channel, ["clientId"] = clientId, ["subscription"] = subscription, ["id"] = "s" };

    public void Dispose() => http.Dispose();
}
