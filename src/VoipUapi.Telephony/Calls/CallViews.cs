using System.Globalization;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// Projects a call onto the views the vendor shows: view <c>00</c> is the charged extension's, then one per other
/// local extension the call rang, in the order it rang them. Sandboxes and public numbers get no view. A phone whose
/// ringing was picked up keeps its view, which then follows the phone that took the call over.
/// </summary>
public static class CallViews
{
    public static IReadOnlyList<CallView> Of(Call call)
    {
        var perspectives = new List<ExtensionNumber> { call.Extension };
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Phone.Kind == PhoneAddressKind.Extension
                && ExtensionNumber.TryParse(leg.Phone.Value, out ExtensionNumber number)
                && !perspectives.Contains(number))
            {
                perspectives.Add(number);
            }
        }

        IReadOnlyList<string> source = Shown(call, LegRole.Source, call.Sources);
        IReadOnlyList<string> destination = Shown(call, LegRole.Destination, call.Destinations);
        CallFlow flow = FlowOf(call);
        var views = new CallView[perspectives.Count];
        for (int i = 0; i < views.Length; i++)
        {
            CallLeg? own = call.Legs.LastOrDefault(l => string.Equals(l.Phone.Value, perspectives[i].ToString(), StringComparison.Ordinal));
            CallLeg? leg = Acting(call, own);
            CallViewStatus status = StatusOf(call, leg);
            views[i] = new CallView(
                i.ToString("00", CultureInfo.InvariantCulture),
                perspectives[i],
                source,
                destination,
                flow,
                status,
                status is CallViewStatus.Trying or CallViewStatus.Ringing or CallViewStatus.OtherSideRinging ? RingingSince(call, leg) : null,
                leg is null ? call.Answered : leg.Answered,
                own?.ShownCallerId ?? call.SourceCallerId,
                call.Disposition);
        }

        return views;
    }

    /// <summary>The leg that carries the call for a phone: its own, or, once its ringing was picked up, the leg that took the call over.</summary>
    private static CallLeg? Acting(Call call, CallLeg? leg)
    {
        while (leg?.PickedUpBy is { } taker)
        {
            leg = call.Legs[taker];
        }

        return leg;
    }

    private static List<string> Shown(Call call, LegRole role, IReadOnlyList<PhoneAddress> requested)
    {
        List<CallLeg> legs = call.LegsOf(role).ToList();
        if (legs.Find(leg => leg.Answered is not null) is { } answered)
        {
            return [answered.Phone.Value];
        }

        List<string> live = legs.Where(leg => leg.IsLive).Select(leg => leg.Phone.Value).ToList();
        return live.Count > 0 ? live : requested.Select(phone => phone.Value).ToList();
    }

    private static CallViewStatus StatusOf(Call call, CallLeg? leg)
    {
        if (call.Phase == CallPhase.Ended)
        {
            return CallViewStatus.Unknown;
        }

        if (leg is null)
        {
            return call.Phase switch
            {
                CallPhase.RingingSources => CallViewStatus.Trying,
                CallPhase.RingingDestination => CallViewStatus.OtherSideRinging,
                _ => CallViewStatus.OnCall,
            };
        }

        return leg.State switch
        {
            LegState.Ringing => CallViewStatus.Ringing,
            LegState.Answered when call.Phase == CallPhase.Connected => CallViewStatus.OnCall,
            LegState.Answered => CallViewStatus.OtherSideRinging,
            _ => CallViewStatus.Unknown,
        };
    }

    private static DateTimeOffset RingingSince(Call call, CallLeg? leg) =>
        leg is { State: LegState.Ringing }
            ? leg.Started
            : call.Legs.Where(l => l.State == LegState.Ringing).Select(l => (DateTimeOffset?)l.Started).Max() ?? call.Published;

    private static CallFlow FlowOf(Call call) =>
        call.Destinations.Any(phone => phone.Kind == PhoneAddressKind.Public) ? CallFlow.OutgoingPublic
        : call.Sources.Any(phone => phone.Kind == PhoneAddressKind.Public) ? CallFlow.IncomingPublic
        : CallFlow.Local;
}
