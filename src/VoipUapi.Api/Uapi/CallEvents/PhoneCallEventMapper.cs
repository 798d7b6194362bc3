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

    public static CollectionPage<PhoneCallEventResource> Page(IReadOnlyList<PhoneCallEventResource> all, ListPhoneCallEventsQuery query, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        return EntryListing.Page(all, query.StartIndex, query.Count, query.SortOrder, query.Fields, request, OnlyFields);
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
