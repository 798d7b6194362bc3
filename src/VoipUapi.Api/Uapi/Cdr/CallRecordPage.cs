namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>One page of call records, in the collection envelope of every UnifiedAPI list, with the counts of all the records selected.</summary>
public sealed record CallRecordPage(
    IReadOnlyList<CallRecordResource> Entry,
    int StartIndex,
    int TotalResults,
    int ItemsPerPage,
    bool Filtered,
    bool Sorted,
    IReadOnlyList<PhoneCallStatResource> PhoneCallStat,
    CollectionPaging Paging);
