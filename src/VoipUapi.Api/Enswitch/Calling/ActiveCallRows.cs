using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>Projects a live call of the network onto the rows of <c>calls/active/list</c>: one per live leg, ringing or answered, with what <c>calls/update</c> changed of them.</summary>
public sealed class ActiveCallRows(TelephonyNetwork network, EnswitchDirectory directory, CallRecordEdits edits)
{
    /// <summary>The name of the emulated server, in <c>machine</c> and in the answer of <c>calls/make</c>.</summary>
    public const string Machine = "voipuapi";

    public IEnumerable<ActiveCallRow> Of(Call call, bool names)
    {
        ArgumentNullException.ThrowIfNull(call);
        PhoneAddress source = call.LegsOf(LegRole.Source).FirstOrDefault(l => l.Answered is not null)?.Phone ?? call.Sources[0];
        PhoneAddress called = call.Destinations[0];
        PhoneAddress? handler = Handler(call);
        string answered = call.LegsOf(LegRole.Destination).Where(l => l.Answered is not null).MinBy(l => l.Answered)?.Phone.Value ?? string.Empty;
        string direction = DirectionOf(call);
        int customer = directory.CustomerOfOrganization(call.Organization.Id)?.Id ?? 0;
        string conference = call.Invite?.Number ?? string.Empty;
        foreach (CallLeg leg in call.Legs.Where(l => l.IsLive))
        {
            yield return edits.Apply(call.Id, leg.Index, new ActiveCallRow
            {
                UniqueId = UniqueId.Of(call.Id, leg.Index),
                CallId = call.Id.Value,
                Start = leg.Started.ToUnixTimeSeconds(),
                Answered = leg.Answered?.ToUnixTimeSeconds() ?? 0,
                Direction = direction,
                SourceType = TypeOf(source),
                SourceNumber = source.Value,
                CalledType = TypeOf(called),
                CalledNumber = called.Value,
                DestinationType = handler is { } d ? TypeOf(d) : string.Empty,
                DestinationNumber = handler?.Value ?? string.Empty,
                AnsweredNumber = answered,
                Number = leg.Phone.Value,
                State = leg.State == LegState.Answered ? "answered" : "ringing",
                CallerIdInternal = leg.ShownCallerId.ToString(),
                CallerIdExternal = leg.ShownCallerId.Number,
                SourceCustomer = customer,
                Machine = Machine,
                Conference = conference,
                SourceName = names ? NameOf(source) : null,
                CalledName = names ? NameOf(called) : null,
                DestinationName = names ? (handler is { } h ? NameOf(h) : string.Empty) : null,
            });
        }
    }

    /// <summary>
    /// The vendor's type of a number: <c>phone</c> (a telephone line or a sandbox), <c>conference</c>, <c>queue</c>,
    /// <c>ivr</c>, <c>voicemail</c>, or <c>external</c> for a public number.
    /// </summary>
    public string TypeOf(PhoneAddress phone) => phone.Kind switch
    {
        PhoneAddressKind.Public => "external",
        PhoneAddressKind.Sandbox => "phone",
        _ => ExtensionOf(phone)?.Type switch
        {
            ExtensionType.Conference => "conference",
            ExtensionType.Queue => "queue",
            ExtensionType.Ivr => "ivr",
            ExtensionType.VoicemailCenter => "voicemail",
            _ => "phone",
        },
    };

    /// <summary>The destination that has the call now: the one that answered, else the first still ringing.</summary>
    private static PhoneAddress? Handler(Call call)
    {
        CallLeg[] live = [.. call.LegsOf(LegRole.Destination).Where(l => l.IsLive)];
        return (live.FirstOrDefault(l => l.State == LegState.Answered) ?? live.FirstOrDefault())?.Phone;
    }

    private static string DirectionOf(Call call)
    {
        bool fromOutside = call.Sources.Any(p => p.Kind == PhoneAddressKind.Public);
        bool toOutside = call.Destinations.Any(p => p.Kind == PhoneAddressKind.Public);
        return (fromOutside, toOutside) switch
        {
            (true, true) => "in_out",
            (true, false) => "in",
            (false, true) => "out",
            _ => "internal",
        };
    }

    private string NameOf(PhoneAddress phone) => ExtensionOf(phone)?.CallerId.Name ?? string.Empty;

    private Extension? ExtensionOf(PhoneAddress phone) =>
        phone.Kind == PhoneAddressKind.Extension && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number) ? network.Directory.FindExtension(number) : null;
}
