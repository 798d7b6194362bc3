using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace VoipUapi.Api.Uapi;

/// <summary>Links to the next and previous pages; absent at either end.</summary>
public sealed record CollectionPaging(string? Next, string? Prev)
{
    /// <summary>The links around the page of <paramref name="count"/> entries from <paramref name="start"/> of <paramref name="total"/>, the rest of the query kept.</summary>
    public static CollectionPaging Of(HttpRequest request, int start, int count, int total) => new(
        start + count < total ? PageLink(request, start + count, count) : null,
        start > 0 ? PageLink(request, Math.Max(0, start - count), count) : null);

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
