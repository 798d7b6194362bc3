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
/// ends it. It follows the <see cref="EventLog"/> (never the engine's lock) with <see cref="EventLog.ReadAsync"/>, with a
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
    /// one as it happens, until <paramref name="cancellationToken"/> is cancelled (the client left, the host stops);
    /// with <paramref name="follow"/> false it ends once the retained events are sent.
    /// </summary>
    /// <param name="named">
    /// True: each event carries its kind in an <c>event:</c> line (for <c>addEventListener(kind)</c>); false: none, so that
    /// a browser's <c>EventSource.onmessage</c> gets every event (the kind is in the data either way).
    /// </param>
    public async Task RunAsync(long? after, bool named, bool follow, CancellationToken cancellationToken)
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
            if (!follow)
            {
                IReadOnlyList<NetworkEvent> retained = _events.After(seen);
                if (retained.Count > 0)
                {
                    Write(json, new EventBatch(retained, seen + 1, retained[0].Sequence - 1), named);
                }

                WriteComment("end of the retained events (follow=false)");
                await _output.FlushAsync(cancellationToken);
                return;
            }

            await _output.FlushAsync(cancellationToken);
            await foreach (EventBatch batch in _events.ReadAsync(seen, _heartbeat, _realTime, cancellationToken))
            {
                Write(json, batch, named);
                FlushResult flushed = await _output.FlushAsync(cancellationToken);
                if (flushed.IsCompleted || flushed.IsCanceled)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client disconnected or the host is stopping: the stream simply ends.
        }
    }

    private void Write(Utf8JsonWriter json, EventBatch batch, bool named)
    {
        if (batch.HasGap)
        {
            WriteComment($"events {batch.MissedFrom} to {batch.MissedTo} are no longer retained (Telephony:EventLogCapacity)");
        }

        if (batch.Events.Count == 0)
        {
            _output.Write(": keep-alive\n\n"u8);
        }

        foreach (NetworkEvent change in batch.Events)
        {
            WriteEvent(json, change, named);
        }
    }

    private void WriteEvent(Utf8JsonWriter json, NetworkEvent change, bool named)
    {
        (string kind, byte[] kindUtf8) = KindNames.TryGetValue(change.Kind, out (string Text, byte[] Utf8) name)
            ? name
            : (change.Kind.ToString(), Encoding.UTF8.GetBytes(change.Kind.ToString()));

        _output.Write("id: "u8);
        Span<byte> number = _output.GetSpan(20);
        change.Sequence.TryFormat(number, out int written, provider: CultureInfo.InvariantCulture);
        _output.Advance(written);
        if (named)
        {
            _output.Write("\nevent: "u8);
            _output.Write(kindUtf8);
        }

        _output.Write("\ndata: "u8);

        json.Reset();
        json.WriteStartObject();
        json.WriteNumber("sequence"u8, change.Sequence);
        json.WriteString("at"u8, change.At.UtcDateTime);
        json.WriteString("kind"u8, kind);
        WriteNullable(json, "callId"u8, change.CallId?.Value);
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
