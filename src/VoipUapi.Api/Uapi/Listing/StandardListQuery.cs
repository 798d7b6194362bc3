namespace VoipUapi.Api.Uapi.Listing;

/// <summary>The standard list parameters as sent, for a list whose <see cref="ListShape"/> says what each may name.</summary>
public abstract class StandardListQuery : IStandardListQuery
{
    public string? Count { get; set; }

    public string? StartIndex { get; set; }

    /// <summary>A field the list may be filtered by.</summary>
    public string? FilterBy { get; set; }

    /// <summary>An operator the list allows (<c>equals</c> by default).</summary>
    public string? FilterOp { get; set; }

    public string? FilterValue { get; set; }

    /// <summary><c>asc</c> (default) or <c>desc</c>.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated names of the resource's fields to return.</summary>
    public string? Fields { get; set; }
}
