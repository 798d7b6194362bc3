using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// Every handshaken Bayeux client, by id and by agent, and the way notifications reach them: a message published for
/// an agent is written once and queued for each of that agent's clients whose subscriptions cover its channel.
/// Clients expire on the emulator's clock (<see cref="CometDOptions.ClientTimeoutSeconds"/>).
/// </summary>
public sealed class BayeuxClients : IGenesysNotificationSink, IResetWithEmulator
{
    private readonly ConcurrentDictionary<string, BayeuxClient> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<BayeuxClient>> _byAgent = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly CometDOptions _options;

    public BayeuxClients(TimeProvider clock, IOptions<CometDOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _options = options.Value;
    }

    public TimeSpan ClientTimeout => TimeSpan.FromSeconds(_options.ClientTimeoutSeconds);

    public int Count => _byId.Count;

    /// <summary>A new client bound to <paramref name="agentUserName"/>, dropped unless it connects within the client timeout.</summary>
    public BayeuxClient Handshake(string agentUserName)
    {
        var client = new BayeuxClient(NewId(), agentUserName, _options.MaxQueuedMessages);
        lock (_gate)
        {
            _byId[client.Id] = client;
            if (!_byAgent.TryGetValue(agentUserName, out List<BayeuxClient>? clients))
            {
                _byAgent[agentUserName] = clients = [];
            }

            clients.Add(client);
        }

        client.Expire(_clock.CreateTimer(_ => ExpireIfIdle(client), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), ClientTimeout);
        return client;
    }

    /// <summary>The client <paramref name="clientId"/> when it exists and belongs to <paramref name="agentUserName"/>; else null.</summary>
    public BayeuxClient? Find(string clientId, string agentUserName) =>
        _byId.TryGetValue(clientId, out BayeuxClient? client) && string.Equals(client.AgentUserName, agentUserName, StringComparison.OrdinalIgnoreCase) && !client.IsRemoved
            ? client
            : null;

    /// <summary>The client <paramref name="clientId"/> whoever it belongs to (tests and diagnostics).</summary>
    public BayeuxClient? Find(string clientId) => _byId.GetValueOrDefault(clientId);

    public void Remove(BayeuxClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Remove();
        Forget(client);
    }

    /// <summary>Drops <paramref name="client"/> at its own <c>/meta/disconnect</c>.</summary>
    public void Disconnect(BayeuxClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.Disconnect();
        Forget(client);
    }

    private void ExpireIfIdle(BayeuxClient client)
    {
        if (client.RemoveIfIdle())
        {
            Forget(client);
        }
    }

    private void Forget(BayeuxClient client)
    {
        lock (_gate)
        {
            if (_byId.TryRemove(new KeyValuePair<string, BayeuxClient>(client.Id, client)) && _byAgent.TryGetValue(client.AgentUserName, out List<BayeuxClient>? clients))
            {
                clients.Remove(client);
                if (clients.Count == 0)
                {
                    _byAgent.Remove(client.AgentUserName);
                }
            }
        }
    }

    /// <summary>A reset drops every client: a held connect is answered <c>402::Unknown client</c>, and CometD clients handshake again.</summary>
    public void Reset()
    {
        foreach (BayeuxClient client in _byId.Values)
        {
            Remove(client);
        }
    }

    /// <summary>
    /// Queues the Bayeux message <c>{"data": data, "channel": channel}</c> for every client of the agent subscribed to
    /// <paramref name="channel"/>, in the order of the calls. A client whose queue is full is dropped (decision 0021).
    /// </summary>
    public void Publish(string agentUserName, string channel, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        List<BayeuxClient> full = [];
        lock (_gate)
        {
            if (!_byAgent.TryGetValue(agentUserName, out List<BayeuxClient>? clients))
            {
                return;
            }

            ReadOnlyMemory<byte> message = Write(channel, data);
            foreach (BayeuxClient client in clients)
            {
                if (!client.Offer(channel, message))
                {
                    full.Add(client);
                }
            }
        }

        full.ForEach(Remove);
    }

    private static ReadOnlyMemory<byte> Write(string channel, JsonObject data)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("data"u8);
            data.WriteTo(json);
            json.WriteString("channel"u8, channel);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
