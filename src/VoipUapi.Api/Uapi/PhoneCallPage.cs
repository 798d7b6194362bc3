namespace VoipUapi.Api.Uapi;

/// <summary>One page of the OpenSocial-style collection envelope that list requests answer with.</summary>
public sealed record PhoneCallPage(
    IReadOnlyList<PhoneCallResource> Entry,
    int StartIndex,
    int TotalResults,
    int ItemsPerPage,
    bool Filtered,
    bool Sorted,
    CollectionPaging Paging);
