namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>One page of PhoneCallEvents, in the collection envelope of every UnifiedAPI list.</summary>
public sealed record PhoneCallEventPage(
    IReadOnlyList<PhoneCallEventResource> Entry,
    int StartIndex,
    int TotalResults,
    int ItemsPerPage,
    bool Filtered,
    bool Sorted,
    CollectionPaging Paging);
