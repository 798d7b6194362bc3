using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>
/// The stock CometD client (<c>tests/cometd/agent.mjs</c>) in node: commands go to its stdin, what it sees comes back
/// as events, one JSON object a line.
/// </summary>
public sealed class NodeCometDClient : IAsyncDisposable
{
    private readonly NodeProcess _node;
    private readonly List<JsonObject> _seen = [];

    private NodeCometDClient(NodeProcess node)
    {
        _node = node;
    }

    /// <summary>Every event received so far, in order (those <see cref="NextAsync"/> skipped included).</summary>
    public IReadOnlyList<JsonObject> Seen => _seen;

    /// <summary>Starts an agent's client against <paramref name="url"/> (the emulator's <c>/api/v2/notifications</c>); it handshakes at once.</summary>
    public static NodeCometDClient Start(string url, string user, string password) =>
        new(NodeProcess.Start("agent.mjs", new Dictionary<string, string> { ["COMETD_URL"] = url, ["COMETD_USER"] = user, ["COMETD_PASSWORD"] = password }));

    public Task SendAsync(JsonObject command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _node.WriteLineAsync(command.ToJsonString());
    }

    /// <summary>The next event named <paramref name="name"/>; the ones before it stay in <see cref="Seen"/>.</summary>
    public async Task<JsonObject> NextAsync(string name)
    {
        while (true)
        {
            string line = await _node.ReadLineAsync($"'{name}' event", () => string.Join(", ", _seen.Select(e => e.ToJsonString())));
            JsonObject next = JsonNode.Parse(line)!.AsObject();
            _seen.Add(next);
            if (next["event"]?.GetValue<string>() == name)
            {
                return next;
            }
        }
    }

    /// <summary>The client id of the next successful handshake (the failed ones before it, over websocket, stay in <see cref="Seen"/>).</summary>
    public async Task<string> HandshakenAsync()
    {
        while (true)
        {
            JsonObject handshake = await NextAsync("handshake");
            if (handshake["successful"]?.GetValue<bool>() == true)
            {
                return handshake["clientId"]!.GetValue<string>();
            }
        }
    }

    /// <summary>The next <paramref name="count"/> messages, in the order the client got them.</summary>
    public async Task<List<JsonObject>> MessagesAsync(int count)
    {
        List<JsonObject> messages = [];
        while (messages.Count < count)
        {
            messages.Add(await NextAsync("message"));
        }

        return messages;
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();
}
