using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Writes the network's events to one response as server-sent events, from a sequence number on, until the token
/// ends it. It follows the <see cref="EventLog"/> (never the engine's lock) with <see cref="EventLog.ReadAsync"/>, with a
/// <c>: keep-alive</c> comment when nothing happens for a while of real time, and beside it the call-event delivery
/// attempts of a <see cref="WebhookDeliveryLog"/> as they are made (<see cref="WebhookDeliveryMessage"/>): one
/// reader of each log, one writer of the response at a time, so that their messages never interleave.
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
    private readonly WebhookDeliveryLog? _deliveries;
    private readonly TimeSpan _heartbeat;
    private readonly TimeProvider _realTime;

    /// <param name="deliveries">The delivery attempts to follow beside the events; null: the events only.</param>
    /// <param name="realTime">The clock of the keep-alive comments: the real one (<see cref="TimeProvider.System"/>), not the emulator's.</param>
    public NetworkEventFeed(HttpResponse response, EventLog events, WebhookDeliveryLog? deliveries, TimeSpan heartbeat, TimeProvider realTime)
    {
        ArgumentNullException.ThrowIfNull(response);
        _response = response;
        _output = response.BodyWriter;
        _events = events;
        _deliveries = deliveries;
        _heartbeat = heartbeat;
        _realTime = realTime;
    }

    /// <summary>
    /// Sends every retained event after <paramref name="after"/> (null: only the events from now on), then each new
    /// one as it happens, until <paramref name="cancellationToken"/> is cancelled (the client left, the host stops);
    /// with <paramref name="follow"/> false it ends once the retained events are sent. Delivery attempts come only
    /// while following, from the start of the stream on (no replay: their own list keeps the past ones).
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

        using var json = new Utf8JsonWriter(_output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
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

            long attemptsSeen = 0;
            if (_deliveries is not null)
            {
                // Taken before the first flush sends the headers: a client that has the answer misses no attempt made after.
                attemptsSeen = _deliveries.LastSequence;
                WriteComment("webhook deliveries from now on");
            }

            await _output.FlushAsync(cancellationToken);
            await FollowAsync(seen, attemptsSeen, json, named, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client disconnected or the host is stopping: the stream simply ends.
        }
    }

    /// <summary>Follows both logs until either reader ends (the client is gone) or the token is cancelled.</summary>
    private async Task FollowAsync(long seen, long attemptsSeen, Utf8JsonWriter json, bool named, CancellationToken cancellationToken)
    {
        using var writer = new SemaphoreSlim(1, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task[] readers = _deliveries is null
            ? [FollowEventsAsync(seen, json, named, writer, stop.Token)]
            : [FollowEventsAsync(seen, json, named, writer, stop.Token), FollowDeliveriesAsync(_deliveries, attemptsSeen, json, named, writer, stop.Token)];
        await Task.WhenAny(readers);
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(readers);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The other reader stopped because the first one ended.
        }
    }

    private async Task FollowEventsAsync(long seen, Utf8JsonWriter json, bool named, SemaphoreSlim writer, CancellationToken cancellationToken)
    {
        await foreach (EventBatch batch in _events.ReadAsync(seen, _heartbeat, _realTime, cancellationToken))
        {
            if (batch.StartedOver)
            {
                await SendAsync(() => WriteComment("the emulator restarted as new: this stream ends"), writer, cancellationToken);
                return;
            }

            if (!await SendAsync(() => Write(json, batch, named), writer, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task FollowDeliveriesAsync(WebhookDeliveryLog deliveries, long seen, Utf8JsonWriter json, bool named, SemaphoreSlim writer, CancellationToken cancellationToken)
    {
        while (true)
        {
            await deliveries.WaitAfterAsync(seen, cancellationToken);
            long last = deliveries.LastSequence;
            WebhookDelivery[] attempts = deliveries.After(seen);
            long missedFrom = seen + 1;
            seen = attempts.Length > 0 ? attempts[^1].Sequence : last;
            if (attempts.Length > 0 && !await SendAsync(() => Write(json, attempts, missedFrom, named), writer, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Writes and flushes while no other reader writes; false once the client is gone.</summary>
    private async Task<bool> SendAsync(Action write, SemaphoreSlim writer, CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken);
        try
        {
            write();
            FlushResult flushed = await _output.FlushAsync(cancellationToken);
            return !flushed.IsCompleted && !flushed.IsCanceled;
        }
        finally
        {
            writer.Release();
        }
    }

    private void Write(Utf8JsonWriter json, WebhookDelivery[] attempts, long missedFrom, bool named)
    {
        if (attempts[0].Sequence > missedFrom)
        {
            WriteComment($"webhook deliveries {missedFrom} to {attempts[0].Sequence - 1} are no longer kept (Uapi:Webhooks:DeliveryLogCapacity, or a reset)");
        }

        foreach (WebhookDelivery attempt in attempts)
        {
            WebhookDeliveryMessage.Write(_output, json, attempt, named);
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
