using System.Globalization;
using VoipUapi.Api.Uapi.Listing;
using VoipUapi.Api.Uapi.Validation;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>Writes PhoneCallEvents as the vendor does, one or a page of them.</summary>
public static class PhoneCallEventMapper
{
    /// <param name="userId">The path's userId, kept in the link as the client wrote it.</param>
    /// <param name="extension">The path's extension, as the client wrote it.</param>
    public static PhoneCallEventResource ToResource(PhoneCallEventSubscription subscription, string baseUrl, string userId, string extension)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        string type = ((int)subscription.Type).ToString(CultureInfo.InvariantCulture);
        return new PhoneCallEventResource
        {
            Type = type,
            Id = subscription.Id,
            Method = subscription.UsesPost ? "1" : "0",
            Note = subscription.Note,
            Url = subscription.Url.OriginalString,
            Status = subscription.Enabled ? "1" : "0",
            Modified = UapiDates.Format(subscription.Modified),
            Links = new PhoneCallLink($"{baseUrl}/uapi/extensions/{userId}/{extension.Trim()}/phoneCallEvents/{type}/{subscription.Id}"),
        };
    }

    public static PhoneCallEventPage Page(IReadOnlyList<PhoneCallEventResource> all, ListPhoneCallEventsQuery query, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        (int start, int count) = CollectionPages.Of(query.StartIndex, query.Count);
        IEnumerable<PhoneCallEventResource> ordered = ListShape.IsDescending(query.SortOrder) ? all.Reverse() : all;
        IReadOnlyList<string> fields = QueryValues.List(query.Fields);
        List<PhoneCallEventResource> page = [.. ordered.Skip(start).Take(count).Select(r => fields.Count == 0 ? r : OnlyFields(r, fields))];
        CollectionPaging paging = CollectionPages.Links(request, start, count, all.Count);
        return new PhoneCallEventPage(page, start, all.Count, count, Filtered: false, query.SortOrder is not null, paging);
    }

    private static PhoneCallEventResource OnlyFields(PhoneCallEventResource r, IReadOnlyList<string> fields) => new()
    {
        Type = fields.Contains("type") ? r.Type : null,
        Id = fields.Contains("id") ? r.Id : null,
        Method = fields.Contains("method") ? r.Method : null,
        Note = fields.Contains("note") ? r.Note : null,
        Url = fields.Contains("url") ? r.Url : null,
        Status = fields.Contains("status") ? r.Status : null,
        Modified = fields.Contains("modified") ? r.Modified : null,
        Links = fields.Contains("links") ? r.Links : null,
    };
}
