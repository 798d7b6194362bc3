using System.Globalization;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>Applies the standard request parameters (filter, sort, page, fields) to a list of PhoneCalls.</summary>
public static class CallListing
{
    /// <summary>
    /// Filters and orders the calls, and writes only the page asked for: a list costs the calls of the path, and their
    /// resources only as many as the page holds.
    /// </summary>
    /// <param name="calls">The live calls of the path.</param>
    /// <param name="toResource">Writes one call as the app may see it.</param>
    /// <param name="request">The list request, for the paging links.</param>
    public static PhoneCallPage Collect(IReadOnlyList<Call> calls, Func<Call, PhoneCallResource> toResource, ListCallsQuery query, HttpRequest request)
    {
        IEnumerable<Call> selected = calls;
        if (query.FilterBy is { } field)
        {
            selected = selected.Where(call => Matches(field == "id" ? call.Id.Value : UapiDates.Format(call.Published), query.FilterOp ?? "contains", query.FilterValue, field));
        }

        // The order of the written resources: published (to the second, as written), then id.
        List<Call> ordered = selected.OrderBy(call => call.Published.UtcTicks / TimeSpan.TicksPerSecond).ThenBy(call => call.Id.Value, StringComparer.Ordinal).ToList();
        if (query.SortOrder == "descending")
        {
            ordered.Reverse();
        }

        (int start, int count) = PageOf(query);
        return Page([.. ordered.Skip(start).Take(count)], ordered.Count, toResource, query, request);
    }

    /// <summary>The start index and size of the page a list asks for.</summary>
    public static (int Start, int Count) PageOf(ListCallsQuery query) => CollectionPages.Of(query.StartIndex, query.Count);

    /// <summary>Writes a page already selected (<paramref name="page"/> of <paramref name="total"/> calls) with its fields and links.</summary>
    public static PhoneCallPage Page(IReadOnlyList<Call> page, int total, Func<Call, PhoneCallResource> toResource, ListCallsQuery query, HttpRequest request)
    {
        (int start, int count) = PageOf(query);
        IReadOnlyList<string> fields = QueryValues.List(query.Fields);
        List<PhoneCallResource> written = [.. page.Select(toResource).Select(r => fields.Count == 0 ? r : OnlyFields(r, fields))];
        return new PhoneCallPage(written, start, total, count, query.FilterBy is not null, query.SortOrder is not null, CollectionPages.Links(request, start, count, total));
    }

    private static bool Matches(string? value, string op, string? wanted, string field)
    {
        if (op == "present")
        {
            return value is not null;
        }

        if (value is null || wanted is null)
        {
            return false;
        }

        return op switch
        {
            "equals" => Compare(value, wanted, field) == 0,
            "contains" => value.Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "startsWith" => value.StartsWith(wanted, StringComparison.OrdinalIgnoreCase),
            "greaterThan" => Compare(value, wanted, field) > 0,
            "lessThan" => Compare(value, wanted, field) < 0,
            _ => QueryValues.List(wanted).Any(item => Compare(value, item, field) == 0),
        };
    }

    private static int Compare(string value, string wanted, string field) =>
        field == "published" && DateTimeOffset.TryParse(wanted, CultureInfo.InvariantCulture, out DateTimeOffset at)
            ? DateTimeOffset.Parse(value, CultureInfo.InvariantCulture).CompareTo(at)
            : string.Compare(value, wanted, StringComparison.OrdinalIgnoreCase);

    private static PhoneCallResource OnlyFields(PhoneCallResource r, IReadOnlyList<string> fields) => new()
    {
        Id = fields.Contains("id") ? r.Id : null,
        Nonce = fields.Contains("nonce") ? r.Nonce : null,
        Extension = fields.Contains("extension") ? r.Extension : null,
        OwnerId = fields.Contains("ownerId") ? r.OwnerId : null,
        OwnerName = fields.Contains("ownerName") ? r.OwnerName : null,
        Published = fields.Contains("published") ? r.Published : null,
        Answered = fields.Contains("answered") ? r.Answered : null,
        PhoneCallView = fields.Contains("phoneCallView") ? r.PhoneCallView : null,
        Links = fields.Contains("links") ? r.Links : null,
    };
}
