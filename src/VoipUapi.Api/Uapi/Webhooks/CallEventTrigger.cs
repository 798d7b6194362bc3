using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Events;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>
/// Reads the vendor's call events off the network's events, seen from each extension involved. The sources of a call
/// are its calling side, the destinations (and phones added later) its called side:
/// Dial-In when a called-side extension rings; Dial-Out for an answered calling-side extension once the called side
/// rings; Answer on an incoming call when a called-side extension answers; Answer on an outgoing call for the
/// answered calling-side extensions when the called side answers; Hangup when an extension's leg ends.
/// Dial-Out and Answer on an outgoing call come once per call and extension. One reader at a time
/// (<see cref="WebhookDispatcher"/>): it remembers which of those each live call has had.
/// </summary>
public sealed class CallEventTrigger(TelephonyDirectory directory)
{
    private readonly Dictionary<CallId, HashSet<(PhoneCallEventType, ExtensionNumber)>> _outgoing = [];

    /// <summary>Forgets what every call has had: the calls are gone (a reset, or a log that started over).</summary>
    public void Forget() => _outgoing.Clear();

    /// <summary>Forgets the calls that are no longer live: after a gap in the log their <c>callEnded</c> may be among what was missed.</summary>
    public void ForgetAllBut(Func<CallId, bool> isLive)
    {
        ArgumentNullException.ThrowIfNull(isLive);
        foreach (CallId ended in _outgoing.Keys.Where(id => !isLive(id)).ToList())
        {
            _outgoing.Remove(ended);
        }
    }

    /// <summary>The call events <paramref name="change"/> makes, of those <paramref name="wanted"/> (an enabled subscription): the others' parameters are never built.</summary>
    public IReadOnlyList<CallEventOccurrence> Of(NetworkEvent change, Func<ExtensionNumber, PhoneCallEventType, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Kind == NetworkEventKind.NetworkReset)
        {
            // The reset dropped every call without ending them one by one (decision 0025).
            Forget();
            return [];
        }

        if (change.Call is not { } call)
        {
            return [];
        }

        if (change.Kind == NetworkEventKind.CallEnded)
        {
            _outgoing.Remove(call.Id);
            return [];
        }

        if (change.Phone is null || call.LastLegOn(change.Phone) is not { } leg)
        {
            return [];
        }

        bool calledSide = leg.Role != LegRole.Source;
        var found = new List<CallEventOccurrence>();
        switch (change.Kind)
        {
            case NetworkEventKind.LegRinging when calledSide:
                AddIfExtension(found, wanted, directory, call, leg, PhoneCallEventType.DialIn, CallEventParameters.Calling);
                AddOutgoing(found, wanted, call, leg, PhoneCallEventType.DialOut, CallEventParameters.Calling);
                break;
            case NetworkEventKind.LegAnswered when calledSide:
                AddIfExtension(found, wanted, directory, call, leg, PhoneCallEventType.AnswerIncoming, CallEventParameters.Answer);
                AddOutgoing(found, wanted, call, leg, PhoneCallEventType.AnswerOutgoing, CallEventParameters.Answer);
                break;
            case NetworkEventKind.LegAnswered when call.Legs.LastOrDefault(l => l.Role != LegRole.Source && l.Answered is not null) is { } answered:
                AddOutgoing(found, wanted, call, answered, PhoneCallEventType.DialOut, CallEventParameters.Calling);
                AddOutgoing(found, wanted, call, answered, PhoneCallEventType.AnswerOutgoing, CallEventParameters.Answer);
                break;
            case NetworkEventKind.LegEnded:
                AddIfExtension(found, wanted, directory, call, leg, PhoneCallEventType.Hangup, leg.Answered is null ? CallEventParameters.Unknown : CallEventParameters.Answer);
                break;
        }

        return found;
    }

    /// <summary>The event <paramref name="type"/> for every answered calling-side extension that has not had it on this call.</summary>
    private void AddOutgoing(List<CallEventOccurrence> found, Func<ExtensionNumber, PhoneCallEventType, bool> wanted, Call call, CallLeg calledLeg, PhoneCallEventType type, string status)
    {
        foreach (CallLeg source in call.Legs.Where(l => l.Role == LegRole.Source && l.Answered is not null))
        {
            if (ExtensionOf(source) is not { } extension)
            {
                continue;
            }

            if (!_outgoing.TryGetValue(call.Id, out HashSet<(PhoneCallEventType, ExtensionNumber)>? done))
            {
                _outgoing[call.Id] = done = [];
            }

            if (done.Add((type, extension)) && wanted(extension, type))
            {
                found.Add(new CallEventOccurrence(extension, type, CallEventParameters.Of(call, extension, received: false, calledLeg, shown: null, status, directory)));
            }
        }
    }

    private static void AddIfExtension(List<CallEventOccurrence> found, Func<ExtensionNumber, PhoneCallEventType, bool> wanted, TelephonyDirectory directory, Call call, CallLeg leg, PhoneCallEventType type, string status)
    {
        if (ExtensionOf(leg) is not { } extension || !wanted(extension, type))
        {
            return;
        }

        bool received = leg.Role != LegRole.Source;
        found.Add(new CallEventOccurrence(extension, type,
            CallEventParameters.Of(call, extension, received, otherLeg: null, received ? leg.ShownCallerId : null, status, directory)));
    }

    private static ExtensionNumber? ExtensionOf(CallLeg leg) =>
        leg.Phone.Kind == PhoneAddressKind.Extension && ExtensionNumber.TryParse(leg.Phone.Value, out ExtensionNumber number) ? number : null;
}
