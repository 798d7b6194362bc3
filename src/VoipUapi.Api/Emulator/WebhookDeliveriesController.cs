using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Webhooks;

namespace VoipUapi.Api.Emulator;

/// <summary>The requests the emulator made for UnifiedAPI PhoneCallEvents, for tests that check what their app was told.</summary>
[Route("emulator/webhooks/deliveries")]
[Tags(EmulatorControllerBase.Tag)]
public sealed class WebhookDeliveriesController(WebhookDeliveryLog deliveries) : EmulatorControllerBase
{
    /// <summary>Lists the call-event delivery attempts, newest first.</summary>
    /// <remarks>
    /// Each attempt with the subscription it was for (extension, event type and id), the call, the method and URL
    /// requested, the vendor's parameters, the attempt number (1 the first, 2 the first retry...), the status
    /// answered or the error (a timeout, a refused connection), the time on the emulator's clock, and when a failed
    /// attempt is retried. <c>POST /emulator/reset</c> forgets them.
    /// </remarks>
    /// <param name="count">At most this many attempts (0 or more; default: every kept attempt).</param>
    [HttpGet]
    [ProducesResponseType<WebhookDeliveryPage>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult List([FromQuery] string? count)
    {
        int limit = deliveries.Capacity;
        if (count is not null && !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "count is not a whole number",
                detail: $"count '{count}' is not a whole number of 0 or more; send for example ?count=10, or no count for every kept attempt.");
        }

        return Ok(new WebhookDeliveryPage(deliveries.Capacity, deliveries.Newest(limit)));
    }
}
