using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>The vendor API requests the emulator received, for tests that check what their client sent.</summary>
[Route("emulator/requests")]
[Tags(EmulatorControllerBase.Tag)]
public sealed class RequestJournalController(RequestJournal journal) : EmulatorControllerBase
{
    /// <summary>Lists the vendor API requests received (<c>/uapi</c>, <c>/oauth</c>), newest first.</summary>
    /// <remarks>
    /// Each request with its method, path, query, Content-Type, the first 4 KiB of its body (<c>bodyTruncated</c> says
    /// when there was more), the status answered and the time it arrived on the emulator's clock. Secrets and tokens
    /// (<c>client_secret</c>, <c>accessRequestToken</c>…) show as <c>***</c>; headers and responses are never kept.
    /// </remarks>
    /// <param name="count">At most this many requests (0 or more; default: every kept request).</param>
    [HttpGet]
    [ProducesResponseType<RequestJournalPage>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult List([FromQuery] string? count)
    {
        int limit = journal.Capacity;
        if (count is not null && !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "count is not a whole number",
                detail: $"count '{count}' is not a whole number of 0 or more; send for example ?count=10, or no count for every kept request.");
        }

        return Ok(new RequestJournalPage(journal.Capacity, journal.Newest(limit)));
    }

    /// <summary>Forgets every request kept so far.</summary>
    [HttpDelete]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult Clear()
    {
        journal.Clear();
        return NoContent();
    }
}
