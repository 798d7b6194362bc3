using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Writes the network's events to one response as server-sent events, from a sequence number on, until the token
/// ends it. It reads the <see cref="EventLog"/> (never the engine's lock) and waits on it for the next event, with a
/// <c>: keep-alive</c> comment when nothing happens for a while of real time.
/// </summary>
public sealed class NetworkEventFeed
{
    public const string ContentType = "text/event-stream";

    private static readonly FrozenDictionary<NetworkEventKind, (string Text, byte[] Utf8)> KindNames = Enum.GetValues<NetworkEventKind>()
        .ToFrozenDictionary(kind => kind, kind =>
        {
            string name = JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
            return (name, Encoding.UTF8.GetBytes(name));
        });

    private readonly HttpResponse _response;
    private readonly PipeWriter _output;
    private readonly EventLog _events;
    private readonly TimeSpan _heartbeat;
    private readonly TimeProvider _realTime;

    /// <param name="realTime">The clock of the keep-alive comments: the real one (<see cref="TimeProvider.System"/>), not the emulator's.</param>
    public NetworkEventFeed(HttpResponse response, EventLog events, TimeSpan heartbeat, TimeProvider realTime)
    {
        ArgumentNullException.ThrowIfNull(response);
        _response = response;
        _output = response.BodyWriter;
        _events = events;
        _heartbeat = heartbeat;
        _realTime = realTime;
    }

    /// <summary>
    /// Sends every retained event after <paramref name="after"/> (null: only the events from now on), then each new
    /// one as it happens, until <paramref name="cancellationToken"/> is cancelled (the client left, the host stops).
    /// </summary>
    public async Task RunAsync(long? after, CancellationToken cancellationToken)
    {
        _response.StatusCode = StatusCodes.Status200OK;
        _response.ContentType = ContentType;
        _response.Headers.CacheControl = "no-cache";
        _response.Headers["X-Accel-Buffering"] = "no";
        _response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        long last = _events.LastSequence;
        long seen = after ?? last;
        if (seen > last)
        {
            WriteComment($"Last-Event-ID {seen} is ahead of this emulator's last event {last} (it restarted?): replaying every retained event");
            seen = 0;
        }

        using var json = new Utf8JsonWriter(_output);
        try
        {
            WriteComment($"network events after {seen}");
            await _output.FlushAsync(cancellationToken);
            while (true)
            {
                seen = WriteEventsAfter(json, seen);
                FlushResult flushed = await _output.FlushAsync(cancellationToken);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    return;
                }

                await WaitForEventOrHeartbeatAsync(seen, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client disconnected or the host is stopping: the stream simply ends.
        }
    }

    private long WriteEventsAfter(Utf8JsonWriter json, long seen)
    {
        IReadOnlyList<NetworkEvent> events = _events.After(seen);
        if (events.Count > 0 && events[0].Sequence > seen + 1)
        {
            WriteComment($"events {seen + 1} to {events[0].Sequence - 1} are no longer retained (Telephony:EventLogCapacity)");
        }

        foreach (NetworkEvent change in events)
        {
            WriteEvent(json, change);
            seen = change.Sequence;
        }

        return seen;
    }

    private async Task WaitForEventOrHeartbeatAsync(long seen, CancellationToken cancellationToken)
    {
        using var heartbeat = new CancellationTokenSource(_heartbeat, _realTime);
        using var eventOrHeartbeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, heartbeat.Token);
        try
        {
            await _events.WaitAfterAsync(seen, eventOrHeartbeat.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _output.Write(": keep-alive\n\n"u8);
        }
    }

    private void WriteEvent(Utf8JsonWriter json, NetworkEvent change)
    {
        (string kind, byte[] kindUtf8) = KindNames.TryGetValue(change.Kind, out (string Text, byte[] Utf8) name)
            ? name
            : (change.Kind.ToString(), Encoding.UTF8.GetBytes(change.Kind.ToString()));

        _output.Write("id: "u8);
        Span<byte> number = _output.GetSpan(20);
        change.Sequence.TryFormat(number, out int written, provider: CultureInfo.InvariantCulture);
        _output.Advance(written);
        _output.Write("\nevent: "u8);
        _output.Write(kindUtf8);
        _output.Write("\ndata: "u8);

        json.Reset();
        json.WriteStartObject();
        json.WriteNumber("sequence"u8, change.Sequence);
        json.WriteString("at"u8, change.At.UtcDateTime);
        json.WriteString("kind"u8, kind);
        json.WriteString("callId"u8, change.CallId.Value);
        WriteNullable(json, "phone"u8, change.Phone);
        WriteNullable(json, "detail"u8, change.Kind is NetworkEventKind.LegEnded or NetworkEventKind.CallEnded && change.Detail is { } ending
            ? JsonNamingPolicy.CamelCase.ConvertName(ending)
            : change.Detail);
        json.WriteEndObject();
        json.Flush();

        _output.Write("\n\n"u8);
    }

    private static void WriteNullable(Utf8JsonWriter json, ReadOnlySpan<byte> property, string? value)
    {
        if (value is null)
        {
            json.WriteNull(property);
        }
        else
        {
            json.WriteString(property, value);
        }
    }

    private void WriteComment(string text)
    {
        _output.Write(": "u8);
        _output.Write(Encoding.UTF8.GetBytes(text.ReplaceLineEndings(" ")));
        _output.Write("\n\n"u8);
    }
}
