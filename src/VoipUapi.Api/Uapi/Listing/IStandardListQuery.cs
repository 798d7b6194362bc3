namespace VoipUapi.Api.Uapi.Listing;

/// <summary>The standard request parameters of a UnifiedAPI list other than PhoneCalls, as sent.</summary>
public interface IStandardListQuery : IUapiQuery
{
    string? Count { get; }

    string? StartIndex { get; }

    string? FilterBy { get; }

    string? FilterOp { get; }

    string? FilterValue { get; }

    /// <summary><c>asc</c> or <c>desc</c> (the v5 pages' words; <c>ascending</c> and <c>descending</c> too).</summary>
    string? SortOrder { get; }

    /// <summary>Comma-separated names of the resource's fields to return.</summary>
    string? Fields { get; }
}
