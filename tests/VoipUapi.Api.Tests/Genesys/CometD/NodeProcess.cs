using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>
/// A node script of the CometD harness (<c>tests/cometd</c>) in a process of its own: lines to its stdin, its stdout
/// line by line. Waits are bounded in real time only to fail a broken run, never to let time pass.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process _node;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _errors = new();

    private NodeProcess(Process node)
    {
        _node = node;
    }

    public static NodeProcess Start(string script, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(NodeTooling.Node, script)
        {
            WorkingDirectory = NodeTooling.HarnessDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new NodeProcess(new Process { StartInfo = start });
        process._node.OutputDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } data)
            {
                process._lines.Writer.TryWrite(data);
            }
        };
        process._node.ErrorDataReceived += (_, line) =>
        {
            lock (process._errors)
            {
                process._errors.AppendLine(line.Data);
            }
        };
        process._node.Start();
        process._node.BeginOutputReadLine();
        process._node.BeginErrorReadLine();
        return process;
    }

    public Task WriteLineAsync(string line) => _node.StandardInput.WriteLineAsync(line);

    /// <summary>The next line of stdout; <paramref name="waitingFor"/> names it in the failure when none comes in time.</summary>
    public async Task<string> ReadLineAsync(string waitingFor, Func<string> seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            return await _lines.Reader.ReadAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            string errors;
            lock (_errors)
            {
                errors = _errors.ToString();
            }

            throw new TimeoutException($"node printed no {waitingFor} within {Patience.TotalSeconds} s; it printed [{seen()}]; its stderr: {errors}");
        }
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
}
