using System.Globalization;
using System.Text.Json;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Queues;

namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>Writes ended calls as CDR records, one page of them with the counts of all.</summary>
public static class CallRecordMapper
{
    /// <param name="showsView">Which views the app may see: those of extensions of its own account.</param>
    public static CallRecordResource ToResource(Call call, Func<CallView, bool> showsView)
    {
        ArgumentNullException.ThrowIfNull(call);
        TimeSpan talked = call.Answered is { } answered && call.Ended is { } ended ? ended - answered : TimeSpan.Zero;
        return new CallRecordResource
        {
            Id = call.Id.Value,
            Nonce = call.Nonce,
            Extension = call.Extension.ToString(),
            OwnerId = call.Organization.Id.ToString(CultureInfo.InvariantCulture),
            OwnerName = call.Organization.Name,
            Published = UapiDates.Format(call.Published),
            Answered = UapiDates.Format(call.Answered),
            Ended = UapiDates.Format(call.Ended),
            Duration = ((long)talked.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            Disposition = call.Disposition is { } disposition ? ((int)disposition).ToString(CultureInfo.InvariantCulture) : null,
            Flow = ((int)CallViews.FlowOf(call)).ToString(CultureInfo.InvariantCulture),
            PhoneCallView = [.. CallViews.Of(call).Where(showsView).Select(PhoneCallMapper.ToViewResource)],
            Queue = call.Queue is { } visit ? QueueOf(visit, call) : null,
        };
    }

    private static CallRecordQueueResource QueueOf(QueueVisit visit, Call call)
    {
        TimeSpan waited = (visit.Left ?? call.Ended ?? visit.Entered) - visit.Entered;
        return new CallRecordQueueResource(visit.Queue.ToString(), JsonNamingPolicy.CamelCase.ConvertName(visit.Outcome.ToString()), visit.AnsweredBy?.ToString(),
            ((long)waited.TotalSeconds).ToString(CultureInfo.InvariantCulture));
    }

    /// <param name="selected">Every record the request selected, in the order asked for.</param>
    public static CallRecordPage Page(IReadOnlyList<Call> selected, Func<Call, CallRecordResource> toResource, CdrQuery query, bool filtered, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(query);
        (int start, int count) = CollectionPages.Of(query.StartIndex, query.Count);
        IReadOnlyList<string> fields = QueryValues.List(query.Fields);
        List<CallRecordResource> page = [.. selected.Skip(start).Take(count).Select(toResource).Select(r => fields.Count == 0 ? r : OnlyFields(r, fields))];
        CollectionPaging paging = CollectionPages.Links(request, start, count, selected.Count);
        return new CallRecordPage(page, start, selected.Count, count, filtered, query.SortOrder is not null, [Stat(0, selected, true), Stat(1, selected, false)], paging);
    }

    private static PhoneCallStatResource Stat(int type, IReadOnlyList<Call> selected, bool incoming)
    {
        List<CallDisposition?> of = [.. selected.Where(call => (CallViews.FlowOf(call) == CallFlow.IncomingPublic) == incoming).Select(call => call.Disposition)];
        int Counted(CallDisposition disposition) => of.Count(d => d == disposition);
        return new PhoneCallStatResource(type, of.Count, Counted(CallDisposition.Answered), Counted(CallDisposition.NoAnswer), Counted(CallDisposition.Busy),
            Counted(CallDisposition.Failed), Counted(CallDisposition.Unknown), Counted(CallDisposition.NotAllowed));
    }

    private static CallRecordResource OnlyFields(CallRecordResource r, IReadOnlyList<string> fields) => new()
    {
        Id = fields.Contains("id") ? r.Id : null,
        Nonce = fields.Contains("nonce") ? r.Nonce : null,
        Extension = fields.Contains("extension") ? r.Extension : null,
        OwnerId = fields.Contains("ownerId") ? r.OwnerId : null,
        OwnerName = fields.Contains("ownerName") ? r.OwnerName : null,
        Published = fields.Contains("published") ? r.Published : null,
        Answered = fields.Contains("answered") ? r.Answered : null,
        Ended = fields.Contains("ended") ? r.Ended : null,
        Duration = fields.Contains("duration") ? r.Duration : null,
        Disposition = fields.Contains("disposition") ? r.Disposition : null,
        Flow = fields.Contains("flow") ? r.Flow : null,
        PhoneCallView = fields.Contains("phoneCallView") ? r.PhoneCallView : null,
        Queue = fields.Contains("queue") ? r.Queue : null,
    };
}
