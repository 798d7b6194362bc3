using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>
/// The parameters the vendor adds to every call-event request, exactly as it names them, seen from the subscribed
/// extension: <c>CallFlow</c> <c>IN</c> when it received the call, <c>OUT</c> when it made it. How each is read from
/// the call is in docs/spec/uapi-phonecallevents.md (several are inferred).
/// </summary>
public static class CallEventParameters
{
    public const string Calling = "CALLING";
    public const string Answer = "ANSWER";
    public const string Unknown = "UNKNOWN";

    /// <param name="extension">The subscribed extension.</param>
    /// <param name="received">True when <paramref name="extension"/> is on the called side (flow <c>IN</c>).</param>
    /// <param name="otherLeg">The phone of the other side this event is about, when there is one (the destination that rings or answers).</param>
    /// <param name="shown">The caller id the extension was shown, for a call it received.</param>
    public static IReadOnlyList<KeyValuePair<string, string>> Of(
        Call call, ExtensionNumber extension, bool received, CallLeg? otherLeg, CallerId? shown, string status, TelephonyDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(directory);
        CallerId caller = received ? shown ?? call.DestinationCallerId : call.DestinationCallerId;
        string calledExtension = received ? extension.ToString() : CalledExtensionOf(call, otherLeg);
        string callerExtension = received
            ? call.Sources.FirstOrDefault(s => s.Kind == PhoneAddressKind.Extension).Value ?? string.Empty
            : extension.ToString();
        return
        [
            new("CallID", call.Id.Value),
            new("CallerIDNum", caller.Number),
            new("CallerIDName", caller.Name),
            new("CalledDID", PublicNumberOf(calledExtension, directory)),
            new("CalledExtension", calledExtension),
            new("CallerExtension", callerExtension),
            new("CalledNumber", call.Destinations.Length > 0 ? call.Destinations[0].Value : string.Empty),
            new("CallStatus", status),
            new("CallFlow", received ? "IN" : "OUT"),
        ];
    }

    private static string CalledExtensionOf(Call call, CallLeg? otherLeg)
    {
        if (otherLeg is { Phone.Kind: PhoneAddressKind.Extension } leg)
        {
            return leg.Phone.Value;
        }

        CallLeg? latest = call.Legs.LastOrDefault(l => l.Role != LegRole.Source && l.Phone.Kind == PhoneAddressKind.Extension);
        return latest?.Phone.Value ?? call.Destinations.FirstOrDefault(d => d.Kind == PhoneAddressKind.Extension).Value ?? string.Empty;
    }

    /// <summary>The public number of an extension: that of its caller id, when it is one (the seed gives extensions no other).</summary>
    private static string PublicNumberOf(string extension, TelephonyDirectory directory) =>
        ExtensionNumber.TryParse(extension, out ExtensionNumber number)
        && directory.FindExtension(number) is { } found
        && DialedNumber.Parse(found.CallerId.Number) is { Kind: DialedNumberKind.Public }
            ? found.CallerId.Number
            : string.Empty;
}
