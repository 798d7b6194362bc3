using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using VoipUapi.Api.Uapi.Validation;

namespace VoipUapi.Api.Uapi;

/// <summary>The paging of every UnifiedAPI collection: which page a list asks for, and the links to its neighbours.</summary>
public static class CollectionPages
{
    public const int DefaultCount = 20;

    /// <summary>The start index and size of the page, from the standard parameters as sent (already validated).</summary>
    public static (int Start, int Count) Of(string? startIndex, string? count) => (
        QueryValues.TryParseWholeNumber(startIndex, 0, ListCallsQueryValidator.MaxCount, out int start) ? start : 0,
        QueryValues.TryParseWholeNumber(count, 1, ListCallsQueryValidator.MaxCount, out int size) ? size : DefaultCount);

    /// <summary>Links to the next and previous pages of the list <paramref name="request"/> asked for; absent at either end.</summary>
    public static CollectionPaging Links(HttpRequest request, int start, int count, int total) => new(
        start + count < total ? PageLink(request, start + count, count) : null,
        start > 0 ? PageLink(request, Math.Max(0, start - count), count) : null);

    /// <summary>The link to the page of <paramref name="count"/> from <paramref name="startIndex"/> of the list <paramref name="request"/> asked for, its other parameters kept (never a token).</summary>
    private static string PageLink(HttpRequest request, int startIndex, int count)
    {
        Dictionary<string, string?> query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("startIndex" or "count" or UapiRequestUrls.TokenParameter))
            .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
        query["startIndex"] = startIndex.ToString(CultureInfo.InvariantCulture);
        query["count"] = count.ToString(CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(UapiRequestUrls.BaseOf(request) + request.Path.Value, query);
    }
}
