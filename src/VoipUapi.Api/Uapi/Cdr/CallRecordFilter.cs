using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>
/// The vendor's CDR parameters as one test of a call, built from a validated query: numbers resolved to their
/// extended (or public) form, dates read, the current month of the emulator's clock when no date is sent.
/// </summary>
public sealed class CallRecordFilter
{
    private readonly List<Func<Call, bool>> _tests = [];

    private CallRecordFilter()
    {
    }

    /// <summary>True when a parameter beyond paging and sorting narrowed the records.</summary>
    public bool Narrows { get; private set; }

    /// <param name="home">The organization a short number belongs to (the app's), or null for an Administrator app.</param>
    public static Outcome<CallRecordFilter, UapiError> Of(CdrQuery query, Organization? home, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new CallRecordFilter();
        foreach ((string? text, string code, Func<Call, string, bool> test) in new (string?, string, Func<Call, string, bool>)[]
        {
            (query.Source, CdrSourceInvalid, MadeBy),
            (query.Destination, CdrDestinationInvalid, ReceivedBy),
            (query.FilterBy == "source" ? query.FilterValue : null, CdrFilterBySourceInvalid, MadeBy),
            (query.FilterBy == "destination" ? query.FilterValue : null, CdrFilterByDestinationInvalid, ReceivedBy),
        })
        {
            if (text is null)
            {
                continue;
            }

            Outcome<string, UapiError> number = NumberOf(text, home, code);
            if (!number.Succeeded)
            {
                return number.Error;
            }

            filter.Add(call => test(call, number.Value));
        }

        filter.AddDates(query, now);
        if (query.FilterBy is "published" or "answered" && CdrQueryValidator.TryParseDate(query.FilterValue, out DateTimeOffset since))
        {
            filter.Add(query.FilterBy == "published" ? call => call.Published >= since : call => call.Answered >= since);
        }

        if (query.Disposition is { } disposition)
        {
            filter.Add(call => call.Disposition is { } d && (int)d == disposition[0] - '0');
        }

        if (query.Flow is { } flow)
        {
            filter.Add(call => ((int)CallViews.FlowOf(call)).ToString(System.Globalization.CultureInfo.InvariantCulture) == flow);
        }

        return filter;
    }

    public bool Keeps(Call call) => _tests.TrueForAll(test => test(call));

    private void AddDates(CdrQuery query, DateTimeOffset now)
    {
        if (query.StartDate is not null || query.EndDate is not null)
        {
            AddRange(query.StartDate, query.EndDate, call => call.Published);
        }
        else if (query.SaveStartDate is not null || query.SaveEndDate is not null)
        {
            AddRange(query.SaveStartDate, query.SaveEndDate, call => call.Ended ?? call.Published);
        }
        else
        {
            var month = new DateTimeOffset(now.UtcDateTime.Year, now.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
            _tests.Add(call => call.Published >= month && call.Published < month.AddMonths(1));
        }
    }

    private void AddRange(string? from, string? to, Func<Call, DateTimeOffset> at)
    {
        if (CdrQueryValidator.TryParseDate(from, out DateTimeOffset start))
        {
            Add(call => at(call) >= start);
        }

        if (CdrQueryValidator.TryParseDate(to, out DateTimeOffset end))
        {
            Add(call => at(call) <= end);
        }
    }

    private void Add(Func<Call, bool> test)
    {
        _tests.Add(test);
        Narrows = true;
    }

    private static bool MadeBy(Call call, string number) =>
        call.Sources.Any(s => s.Value == number) || call.Legs.Any(l => l.Role == LegRole.Source && l.Phone.Value == number);

    private static bool ReceivedBy(Call call, string number) =>
        call.Destinations.Any(d => d.Value == number) || call.Legs.Any(l => l.Role != LegRole.Source && l.Phone.Value == number);

    private static Outcome<string, UapiError> NumberOf(string text, Organization? home, string code)
    {
        DialedNumber dialed = DialedNumber.Parse(text)!.Value;
        return dialed.Kind switch
        {
            DialedNumberKind.Short when home is null =>
                UapiErrors.For(code, $"short number '{dialed.Text}' needs an app of a User or Organization account; send the extended number, such as 0003*{dialed.Text.TrimStart('*')}."),
            DialedNumberKind.Short => dialed.InOrganization(home!.Code).ToString(),
            _ => dialed.Text,
        };
    }
}
