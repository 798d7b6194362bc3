using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Emulator;

/// <summary>Every change of the simulated network, and every call-event delivery attempt, as it happens, for dashboards and tests that follow calls.</summary>
[Route("emulator/events")]
[Tags(EmulatorControllerBase.Tag)]
public sealed class EventStreamController(
    TelephonyNetwork network, WebhookDeliveryLog deliveries, IOptions<EventStreamOptions> options, IHostApplicationLifetime lifetime) : EmulatorControllerBase
{
    private const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>Streams the network's events as server-sent events (text/event-stream).</summary>
    /// <remarks>
    /// A stream, not one JSON answer: follow it with <c>curl -N</c> or a browser's <c>EventSource</c>. Try it out here
    /// with <c>lastEventId=0</c> and <c>follow=false</c>, which sends the retained events and ends; with <c>follow</c> on
    /// (the default) the answer never ends by itself and the UI waits for it.
    ///
    /// One message per event: <c>id:</c> its sequence number, <c>event:</c> its kind in camelCase (left out with
    /// <c>named=false</c>, so that <c>EventSource.onmessage</c> gets every event), <c>data:</c> the event as one line of
    /// JSON (<c>sequence</c>, <c>at</c>, <c>kind</c>, <c>callId</c>, <c>phone</c>, <c>detail</c>). docs/control-api.md lists
    /// every kind. Without <c>Last-Event-ID</c> the stream starts with the next event; with it (header, or
    /// <c>?lastEventId=</c>) it first replays the retained events after that sequence number (<c>0</c>: every retained
    /// event). A <c>: keep-alive</c> comment comes every <c>Emulator:EventStreamHeartbeatSeconds</c> of real time. With a
    /// control key, a browser gives it as <c>?controlKey=</c>, as <c>EventSource</c> cannot send headers.
    ///
    /// While following, each UnifiedAPI call-event delivery attempt made from the start of the stream on comes as
    /// well: <c>event: webhookDelivery</c> (none with <c>named=false</c>), <c>data:</c> the attempt as
    /// <c>GET /emulator/webhooks/deliveries</c> shows it with <c>"kind":"webhookDelivery"</c>, and no <c>id:</c> (a
    /// <c>Last-Event-ID</c> is always a network event's). <c>deliveries=false</c> leaves them out; <c>follow=false</c>
    /// never sends them.
    /// </remarks>
    [HttpGet]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, NetworkEventFeed.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> StreamAsync([FromQuery] EventStreamQuery query)
    {
        string? resume = Request.Headers.TryGetValue(LastEventIdHeader, out StringValues header) && !string.IsNullOrWhiteSpace(header) ? header.ToString() : query.LastEventId;
        long? after = null;
        if (resume is not null)
        {
            if (!long.TryParse(resume.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long sequence))
            {
                return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Last-Event-ID is not an event sequence number",
                    detail: $"Last-Event-ID '{resume}' is not a sequence number; send the id: of the last event received, or 0 for every retained event.");
            }

            after = sequence;
        }

        using var ended = CancellationTokenSource.CreateLinkedTokenSource(HttpContext.RequestAborted, lifetime.ApplicationStopping);
        WebhookDeliveryLog? followed = EventStreamQuery.IsOn(query.Deliveries) ? deliveries : null;
        var feed = new NetworkEventFeed(Response, network.Events, followed, TimeSpan.FromSeconds(options.Value.EventStreamHeartbeatSeconds), TimeProvider.System);
        await feed.RunAsync(after, EventStreamQuery.IsOn(query.Named), EventStreamQuery.IsOn(query.Follow), ended.Token);
        return new EmptyResult();
    }
}
