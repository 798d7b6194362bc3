using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>The query of <c>GET /emulator/events</c>; the switches are <c>true</c> or <c>false</c>, true when left out.</summary>
public sealed class EventStreamQuery
{
    /// <summary>Resume after this sequence number; the <c>Last-Event-ID</c> header wins when both are sent.</summary>
    [FromQuery(Name = "lastEventId")]
    public string? LastEventId { get; set; }

    /// <summary>False: no <c>event:</c> line, every event arrives as an unnamed <c>message</c> event (for <c>EventSource.onmessage</c>).</summary>
    [FromQuery(Name = "named")]
    public string? Named { get; set; }

    /// <summary>False: send the retained events after <c>lastEventId</c>, then end the answer.</summary>
    [FromQuery(Name = "follow")]
    public string? Follow { get; set; }

    /// <summary>False: leave the UnifiedAPI call-event delivery attempts (<c>webhookDelivery</c> messages) out.</summary>
    [FromQuery(Name = "deliveries")]
    public string? Deliveries { get; set; }

    /// <summary>True for a switch left out or sent as <c>true</c> (any case); the validator refuses anything but true and false.</summary>
    public static bool IsOn(string? value) => value is null || !bool.TryParse(value.Trim(), out bool on) || on;
}
