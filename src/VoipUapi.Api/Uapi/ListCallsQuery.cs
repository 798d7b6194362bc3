namespace VoipUapi.Api.Uapi;

/// <summary>The standard request parameters of a list request, as sent.</summary>
public sealed class ListCallsQuery : IUapiQuery
{
    public string? Count { get; set; }
    public string? StartIndex { get; set; }

    /// <summary><c>id</c> or <c>published</c>.</summary>
    public string? FilterBy { get; set; }

    /// <summary><c>equals</c>, <c>contains</c>, <c>startsWith</c>, <c>present</c>, <c>greaterThan</c>, <c>lessThan</c>, <c>inArray</c>.</summary>
    public string? FilterOp { get; set; }
    public string? FilterValue { get; set; }

    /// <summary><c>ascending</c> (default) or <c>descending</c> by publish time.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated PhoneCall fields to return.</summary>
    public string? Fields { get; set; }
}
