using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>
/// The stock CometD client (<c>tests/cometd/agent.mjs</c>) in a node process of its own: commands go to its stdin,
/// what it sees comes back as events. Waits are bounded in real time only to fail a broken run, never to let time pass.
/// </summary>
public sealed class NodeCometDClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process _node;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _errors = new();
    private readonly List<JsonObject> _seen = [];

    private NodeCometDClient(Process node)
    {
        _node = node;
    }

    /// <summary>Starts an agent's client against <paramref name="url"/> (the emulator's <c>/api/v2/notifications</c>); it handshakes at once.</summary>
    public static NodeCometDClient Start(string url, string user, string password)
    {
        var start = new ProcessStartInfo(NodeTooling.Node, "agent.mjs")
        {
            WorkingDirectory = NodeTooling.HarnessDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["COMETD_URL"] = url;
        start.Environment["COMETD_USER"] = user;
        start.Environment["COMETD_PASSWORD"] = password;
        var node = new Process { StartInfo = start };
        var client = new NodeCometDClient(node);
        node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } data && JsonNode.Parse(data) is JsonObject seen)
            {
                client._events.Writer.TryWrite(seen);
            }
        };
        node.ErrorDataReceived += (_, line) =>
        {
            lock (client._errors)
            {
                client._errors.AppendLine(line.Data);
            }
        };
        node.Start();
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        return client;
    }

    /// <summary>Every event received so far, in order (those <see cref="NextAsync"/> skipped included).</summary>
    public IReadOnlyList<JsonObject> Seen => _seen;

    public Task SendAsync(JsonObject command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return _node.StandardInput.WriteLineAsync(command.ToJsonString());
    }

    /// <summary>The next event named <paramref name="name"/>; the ones before it stay in <see cref="Seen"/>.</summary>
    public async Task<JsonObject> NextAsync(string name)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                JsonObject next = await _events.Reader.ReadAsync(patience.Token);
                _seen.Add(next);
                if (next["event"]?.GetValue<string>() == name)
                {
                    return next;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the CometD client sent no '{name}' event within {Patience.TotalSeconds} s; it sent [{string.Join(", ", _seen.Select(e => e.ToJsonString()))}]; its stderr: {Errors()}");
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

    /// <summary>The data of the next <paramref name="count"/> messages, in the order the client got them.</summary>
    public async Task<List<JsonObject>> MessagesAsync(int count)
    {
        List<JsonObject> messages = [];
        while (messages.Count < count)
        {
            messages.Add(await NextAsync("message"));
        }

        return messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
        }

        await _node.WaitForExitAsync();
        _node.Dispose();
    }

    private string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }
}
