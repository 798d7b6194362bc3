namespace VoipUapi.Api.Uapi.Listing;

/// <summary>What a list lets a client filter, sort and select: the resource's name, its filterable fields and operators, and its fields.</summary>
public sealed record ListShape(string Resource, IReadOnlyList<string> FilterFields, IReadOnlyList<string> FilterOperators, IReadOnlyList<string> Fields, string SortedBy)
{
    public static readonly IReadOnlyList<string> SortOrders = ["asc", "desc", "ascending", "descending"];

    public static bool IsDescending(string? sortOrder) => sortOrder is "desc" or "descending";
}
