using VoipUapi.Api.Uapi.Listing;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>
/// The parameters of List Presence: filterable by <c>extension</c> with <c>equals</c>, <c>contains</c>, <c>startsWith</c>
/// or <c>inArray</c>, ordered by extension number, fields <c>status</c>, <c>extension</c>, <c>registration</c>.
/// </summary>
public sealed class PresenceQuery : StandardListQuery
{
    public static readonly ListShape Shape = new("Presence", ["extension"], ["equals", "contains", "startsWith", "inArray"], ["status", "extension", "registration"], "extension number");
}
