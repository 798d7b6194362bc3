using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// The Bayeux 1.0 meta channels for one authenticated agent: handshake, connect (long-polling and callback-polling),
/// subscribe, unsubscribe, disconnect. Clients never publish: GWS only sends. Every bad message gets an unsuccessful
/// reply naming what to send instead; nothing here throws on a client's input.
/// </summary>
public sealed class BayeuxServer(BayeuxClients clients, TimeProvider clock, IOptions<CometDOptions> options)
{
    public const string LongPolling = "long-polling";
    public const string CallbackPolling = "callback-polling";

    private static readonly string[] ConnectionTypes = [LongPolling, CallbackPolling];

    private TimeSpan ConnectTimeout => TimeSpan.FromSeconds(options.Value.ConnectTimeoutSeconds);

    /// <summary>Answers every message but the connect's wait, which <see cref="CompleteAsync"/> does.</summary>
    public BayeuxExchange Process(JsonArray messages, string agentUserName)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var exchange = new BayeuxExchange();
        for (int i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject message)
            {
                exchange.Replies.Add(BayeuxReply.Malformed($"message {i + 1} of the array is not a JSON object; send objects such as {{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]}}"));
                continue;
            }

            if (Text(message, "channel") is not { } channel || string.IsNullOrWhiteSpace(channel))
            {
                exchange.Replies.Add(BayeuxReply.Failure(message, null, 400, "channel missing; every Bayeux message names its channel, such as /meta/handshake"));
                continue;
            }

            if (channel == BayeuxChannel.Handshake)
            {
                exchange.Replies.Add(Handshake(message, agentUserName));
                continue;
            }

            BayeuxClient? client = Text(message, "clientId") is { } id ? clients.Find(id, agentUserName) : null;
            if (client is null)
            {
                exchange.Replies.Add(BayeuxReply.UnknownClientOf(message, channel));
                continue;
            }

            exchange.Replies.Add(channel switch
            {
                BayeuxChannel.Connect => Connect(message, client, exchange),
                BayeuxChannel.Subscribe => Subscribe(message, client, subscribe: true),
                BayeuxChannel.Unsubscribe => Subscribe(message, client, subscribe: false),
                BayeuxChannel.Disconnect => Disconnect(message, client),
                _ when BayeuxChannel.IsMeta(channel) => BayeuxReply.Failure(message, channel, 400,
                    $"{channel} is no Bayeux meta channel; send /meta/handshake, /meta/connect, /meta/subscribe, /meta/unsubscribe or /meta/disconnect"),
                _ => BayeuxReply.Failure(message, channel, 403, $"Publish denied: this server only sends notifications, it takes no message on {channel}"),
            });
        }

        return exchange;
    }

    /// <summary>
    /// Waits for the connect's messages (none queued and not the client's first connect: up to the hold, on the
    /// emulator's clock), then puts its reply in place. Ends the connect, so the client's expiry runs again.
    /// </summary>
    public async Task CompleteAsync(BayeuxExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange is not { Connecting: { } client, ConnectRequest: { } request })
        {
            return;
        }

        try
        {
            exchange.Delivered = await client.TakeAsync(exchange.Hold, clock, cancellationToken);
        }
        finally
        {
            client.EndConnect(clients.ClientTimeout);
        }

        JsonObject reply;
        if (client.IsDisconnected)
        {
            // As CometD servers answer it: the stock JavaScript client, told 402 while its disconnect is in flight,
            // aborts that disconnect and reports it failed.
            reply = BayeuxReply.Success(request, BayeuxChannel.Connect);
            reply["advice"] = BayeuxReply.NoReconnectAdvice();
        }
        else if (client.IsRemoved)
        {
            reply = BayeuxReply.UnknownClientOf(request, BayeuxChannel.Connect);
        }
        else
        {
            reply = BayeuxReply.Success(request, BayeuxChannel.Connect);
            reply["advice"] = BayeuxReply.RetryAdvice(ConnectTimeout);
        }

        exchange.Replies[exchange.ConnectIndex] = reply;
    }

    private JsonObject Handshake(JsonObject message, string agentUserName)
    {
        if (Text(message, "version") is not { } version || !version.Trim().StartsWith('1'))
        {
            return BayeuxReply.Failure(message, BayeuxChannel.Handshake, 400, "version missing or not 1.x; send \"version\":\"1.0\"");
        }

        if (message["supportedConnectionTypes"] is not JsonArray offered
            || !offered.Any(type => type is JsonValue value && value.TryGetValue(out string? name) && ConnectionTypes.Contains(name)))
        {
            JsonObject refused = BayeuxReply.Failure(message, BayeuxChannel.Handshake, 400,
                "supportedConnectionTypes names no transport of this server; send [\"long-polling\"] (or \"callback-polling\")");
            refused["supportedConnectionTypes"] = new JsonArray(LongPolling, CallbackPolling);
            refused["advice"] = BayeuxReply.NoReconnectAdvice();
            return refused;
        }

        BayeuxClient client = clients.Handshake(agentUserName);
        JsonObject reply = BayeuxReply.Success(message, BayeuxChannel.Handshake);
        reply["version"] = "1.0";
        reply["minimumVersion"] = "1.0";
        reply["supportedConnectionTypes"] = new JsonArray(LongPolling, CallbackPolling);
        reply["clientId"] = client.Id;
        reply["advice"] = BayeuxReply.RetryAdvice(ConnectTimeout);
        return reply;
    }

    private JsonObject Connect(JsonObject message, BayeuxClient client, BayeuxExchange exchange)
    {
        if (exchange.Connecting is not null)
        {
            return BayeuxReply.Failure(message, BayeuxChannel.Connect, 400, "one /meta/connect per request; send the next one when this one is answered");
        }

        if (Text(message, "connectionType") is { } type && !ConnectionTypes.Contains(type))
        {
            return BayeuxReply.Failure(message, BayeuxChannel.Connect, 400, $"connectionType {type} is not offered; send long-polling or callback-polling");
        }

        if (!client.BeginConnect())
        {
            return BayeuxReply.UnknownClientOf(message, BayeuxChannel.Connect);
        }

        TimeSpan hold = client.AwaitsFirstConnect ? TimeSpan.Zero : ConnectTimeout;
        if (message["advice"] is JsonObject advice && advice["timeout"] is JsonValue asked && asked.TryGetValue(out double milliseconds) && milliseconds >= 0)
        {
            hold = TimeSpan.FromMilliseconds(Math.Min(milliseconds, hold.TotalMilliseconds));
        }

        exchange.Connect(client, message, hold);
        return message;
    }

    private static JsonObject Subscribe(JsonObject message, BayeuxClient client, bool subscribe)
    {
        string channel = subscribe ? BayeuxChannel.Subscribe : BayeuxChannel.Unsubscribe;
        List<string> patterns = [];
        switch (message["subscription"])
        {
            case JsonValue one when one.TryGetValue(out string? pattern):
                patterns.Add(pattern);
                break;
            case JsonArray many when many.Count > 0 && many.All(item => item is JsonValue value && value.TryGetValue(out string? _)):
                patterns.AddRange(many.Select(item => item!.GetValue<string>()));
                break;
            default:
                return BayeuxReply.Failure(message, channel, 400, $"subscription missing or not a channel name; send \"subscription\":\"/v2/me/calls\" (or {BayeuxChannel.Offered})");
        }

        foreach (string pattern in patterns)
        {
            if (BayeuxChannel.SyntaxProblem(pattern) is { } problem)
            {
                return WithSubscription(BayeuxReply.Failure(message, channel, 400, $"subscription {pattern} is not a channel: {problem}; send {BayeuxChannel.Offered}"), message);
            }

            if (subscribe && (BayeuxChannel.IsMeta(pattern) || BayeuxChannel.IsService(pattern) || !BayeuxChannel.CoversPublished(pattern)))
            {
                return WithSubscription(BayeuxReply.Failure(message, channel, 403, $"Subscription denied: nothing is published on {pattern}; subscribe to {BayeuxChannel.Offered}"), message);
            }
        }

        patterns.ForEach(subscribe ? client.Subscribe : client.Unsubscribe);
        return WithSubscription(BayeuxReply.Success(message, channel), message);
    }

    private JsonObject Disconnect(JsonObject message, BayeuxClient client)
    {
        clients.Disconnect(client);
        return BayeuxReply.Success(message, BayeuxChannel.Disconnect);
    }

    private static JsonObject WithSubscription(JsonObject reply, JsonObject message)
    {
        if (message["subscription"] is { } subscription)
        {
            reply["subscription"] = subscription.DeepClone();
        }

        return reply;
    }

    private static string? Text(JsonObject message, string property) =>
        message[property] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
