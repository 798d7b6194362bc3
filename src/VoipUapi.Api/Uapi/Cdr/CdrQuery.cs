namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>The parameters of a CDR list, as sent: the standard ones and the vendor's own.</summary>
public sealed class CdrQuery : IUapiQuery
{
    public string? Count { get; set; }

    public string? StartIndex { get; set; }

    /// <summary><c>source</c>, <c>destination</c>, <c>published</c> or <c>answered</c>, compared with <see cref="FilterValue"/>.</summary>
    public string? FilterBy { get; set; }

    public string? FilterValue { get; set; }

    /// <summary>The number that made the call: an extended extension number or a public number.</summary>
    public string? Source { get; set; }

    /// <summary>The number that received the call.</summary>
    public string? Destination { get; set; }

    /// <summary>Calls that started at or after this date (with <see cref="EndDate"/>; neither: the current month).</summary>
    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    /// <summary>Calls that ended (were saved) at or after this date; ignored with <see cref="StartDate"/>.</summary>
    public string? SaveStartDate { get; set; }

    public string? SaveEndDate { get; set; }

    /// <summary>0 answered, 1 busy, 2 failed, 3 no answer, 4 unknown, 5 not allowed.</summary>
    public string? Disposition { get; set; }

    /// <summary>2 local, 4 outgoing public, 8 incoming public.</summary>
    public string? Flow { get; set; }

    /// <summary><c>ascending</c> (default: the oldest first, by start) or <c>descending</c>.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated call record fields to return.</summary>
    public string? Fields { get; set; }
}
