using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Serilog.Core;
using Serilog.Events;

namespace VoipUapi.Api.Tests.Support;

/// <summary>A Serilog sink for tests: keeps every event and lets a test wait for the request lines it expects.</summary>
/// <remarks>Serilog disposes the sinks it is given when its logger goes, so this one holds nothing that needs disposing.</remarks>
public sealed class CapturedLog : ILogEventSink
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ConcurrentQueue<string> _rendered = new();
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly Channel<string> _requestLines = Channel.CreateUnbounded<string>();

    public IReadOnlyCollection<string> Rendered => _rendered;

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent)
    {
        string line = logEvent.RenderMessage(CultureInfo.InvariantCulture);
        _events.Enqueue(logEvent);
        _rendered.Enqueue(line);
        if (line.StartsWith("HTTP ", StringComparison.Ordinal))
        {
            _requestLines.Writer.TryWrite(line);
        }
    }

    /// <summary>The next <paramref name="count"/> request lines (<c>HTTP …</c>), waiting for them as long as it takes to write them.</summary>
    /// <remarks>The line of a request is written just after its response, so a test waits for it instead of reading at once.</remarks>
    public async Task<IReadOnlyList<string>> RequestLinesAsync(int count)
    {
        using var patience = new CancellationTokenSource(Patience);
        var lines = new List<string>();
        while (lines.Count < count)
        {
            lines.Add(await _requestLines.Reader.ReadAsync(patience.Token));
        }

        return lines;
    }
}
