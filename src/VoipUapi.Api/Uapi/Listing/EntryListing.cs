using VoipUapi.Api.Uapi.Validation;

namespace VoipUapi.Api.Uapi.Listing;

/// <summary>Applies the standard list parameters (filter, sort, page, fields) to the entries of a list other than PhoneCalls.</summary>
public static class EntryListing
{
    /// <param name="entries">Every entry of the path, in the list's ascending order.</param>
    /// <param name="valueOf">The value of a filterable field of an entry, as written.</param>
    /// <param name="onlyFields">The entry with only the named fields.</param>
    public static CollectionPage<T> Collect<T>(
        IEnumerable<T> entries,
        IStandardListQuery query,
        HttpRequest request,
        Func<T, string, string?> valueOf,
        Func<T, IReadOnlyList<string>, T> onlyFields)
    {
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<T> selected = entries;
        if (query.FilterBy is { } field)
        {
            selected = selected.Where(entry => Matches(valueOf(entry, field), query.FilterOp ?? "equals", query.FilterValue!));
        }

        return Page([.. selected], query.StartIndex, query.Count, query.SortOrder, query.Fields, request, onlyFields, filtered: query.FilterBy is not null);
    }

    /// <summary>The page of <paramref name="entries"/> (in the list's ascending order) that the paging, sort and fields parameters ask for.</summary>
    public static CollectionPage<T> Page<T>(
        IReadOnlyList<T> entries,
        string? startIndex,
        string? countText,
        string? sortOrder,
        string? fieldsText,
        HttpRequest request,
        Func<T, IReadOnlyList<string>, T> onlyFields,
        bool filtered = false)
    {
        ArgumentNullException.ThrowIfNull(entries);
        IEnumerable<T> ordered = ListShape.IsDescending(sortOrder) ? entries.Reverse() : entries;
        (int start, int count) = CollectionPages.Of(startIndex, countText);
        IReadOnlyList<string> fields = QueryValues.List(fieldsText);
        List<T> page = [.. ordered.Skip(start).Take(count).Select(entry => fields.Count == 0 ? entry : onlyFields(entry, fields))];
        return new CollectionPage<T>(page, start, entries.Count, count, filtered, sortOrder is not null,
            CollectionPages.Links(request, start, count, entries.Count));
    }

    private static bool Matches(string? value, string op, string wanted) => value is not null && op switch
    {
        "contains" => value.Contains(wanted, StringComparison.OrdinalIgnoreCase),
        "startsWith" => value.StartsWith(wanted, StringComparison.OrdinalIgnoreCase),
        "inArray" => QueryValues.List(wanted).Any(item => string.Equals(value, item, StringComparison.OrdinalIgnoreCase)),
        _ => string.Equals(value, wanted, StringComparison.OrdinalIgnoreCase),
    };
}
