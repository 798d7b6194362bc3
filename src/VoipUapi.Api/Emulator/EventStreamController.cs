using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Emulator;

/// <summary>Every change of the simulated network, as it happens, for dashboards and tests that follow calls.</summary>
[Route("emulator/events")]
[Tags(EmulatorControllerBase.Tag)]
public sealed class EventStreamController(TelephonyNetwork network, IOptions<EventStreamOptions> options, IHostApplicationLifetime lifetime) : EmulatorControllerBase
{
    private const string LastEventIdHeader = "Last-Event-ID";

    /// <summary>Streams the network's events as server-sent events (<c>text/event-stream</c>).</summary>
    /// <remarks>
    /// One message per event: <c>id:</c> its sequence number, <c>event:</c> its kind in camelCase (<c>callPublished</c>,
    /// <c>legRinging</c>, <c>legAnswered</c>, <c>legEnded</c>, <c>callConnected</c>, <c>callEnded</c>, <c>digitsSent</c>),
    /// <c>data:</c> the event as JSON (<c>sequence</c>, <c>at</c>, <c>kind</c>, <c>callId</c>, <c>phone</c>, <c>detail</c>).
    /// Without <c>Last-Event-ID</c> the stream starts with the next event; with it (header, or <c>?lastEventId=</c>) it
    /// first replays the retained events after that sequence number (<c>0</c>: every retained event). A
    /// <c>: keep-alive</c> comment comes every <c>Emulator:EventStreamHeartbeatSeconds</c> of real time.
    /// </remarks>
    /// <param name="lastEventId">Resume after this sequence number; the <c>Last-Event-ID</c> header wins when both are sent.</param>
    [HttpGet]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, NetworkEventFeed.ContentType)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<IActionResult> StreamAsync([FromQuery] string? lastEventId)
    {
        string? resume = Request.Headers.TryGetValue(LastEventIdHeader, out StringValues header) && !string.IsNullOrWhiteSpace(header) ? header.ToString() : lastEventId;
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
        var feed = new NetworkEventFeed(Response, network.Events, TimeSpan.FromSeconds(options.Value.EventStreamHeartbeatSeconds), TimeProvider.System);
        await feed.RunAsync(after, ended.Token);
        return new EmptyResult();
    }
}
