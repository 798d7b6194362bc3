namespace VoipUapi.Api.Uapi.Listing;

/// <summary>One page of the collection envelope that a list request answers with (the shape of <see cref="PhoneCallPage"/>).</summary>
public sealed record CollectionPage<T>(
    IReadOnlyList<T> Entry,
    int StartIndex,
    int TotalResults,
    int ItemsPerPage,
    bool Filtered,
    bool Sorted,
    CollectionPaging Paging);
