using VoipUapi.Api.Uapi.Listing;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The parameters of List Presence, as sent: the standard ones, filterable by <c>extension</c> only.</summary>
public sealed class PresenceQuery : IStandardListQuery
{
    public static readonly ListShape Shape = new("Presence", ["extension"], ["equals", "contains", "startsWith", "inArray"], ["status", "extension", "registration"], "extension number");

    public string? Count { get; set; }

    public string? StartIndex { get; set; }

    /// <summary><c>extension</c>.</summary>
    public string? FilterBy { get; set; }

    /// <summary><c>equals</c> (default), <c>contains</c>, <c>startsWith</c> or <c>inArray</c>.</summary>
    public string? FilterOp { get; set; }

    public string? FilterValue { get; set; }

    /// <summary><c>asc</c> (default) or <c>desc</c>, by extension number.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated: <c>status</c>, <c>extension</c>, <c>registration</c>.</summary>
    public string? Fields { get; set; }
}
