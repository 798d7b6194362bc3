using System.Text;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>One message of a <c>text/event-stream</c>.</summary>
public sealed record ServerSentEvent(string? Id, string? Event, string Data);

/// <summary>Reads the messages of a <c>text/event-stream</c> one by one, skipping comments (<c>: keep-alive</c>).</summary>
public sealed class ServerSentEventReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    /// <summary>The comments seen so far, without their leading <c>: </c>.</summary>
    public List<string> Comments { get; } = [];

    public async Task<ServerSentEvent> NextAsync(CancellationToken cancellationToken)
    {
        string? id = null;
        string? kind = null;
        var data = new StringBuilder();
        while (true)
        {
            string line = await _reader.ReadLineAsync(cancellationToken) ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    return new ServerSentEvent(id, kind, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                Comments.Add(line.TrimStart(':').Trim());
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string field = colon < 0 ? line : line[..colon];
            string value = colon < 0 ? string.Empty : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id":
                    id = value;
                    break;
                case "event":
                    kind = value;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : string.Empty).Append(value);
                    break;
            }
        }
    }

    public async Task<List<ServerSentEvent>> NextAsync(int count, CancellationToken cancellationToken)
    {
        var events = new List<ServerSentEvent>(count);
        for (int i = 0; i < count; i++)
        {
            events.Add(await NextAsync(cancellationToken));
        }

        return events;
    }

    public void Dispose() => _reader.Dispose();
}
