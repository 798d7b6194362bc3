using System.Globalization;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Views;

/// <summary>
/// Projects a call onto the views the vendor shows (PhoneCallView): one per local party's perspective, view
/// <c>00</c> the charged extension's, with the vendor's status and flow codes and the source and destination as it
/// shows them: the phone that talks for each side now (after a transfer, the one put through), else the one that answered.
/// </summary>
public static class CallViews
{
    public static IReadOnlyList<CallView> Of(Call call)
    {
        IReadOnlyList<string> source = Shown(call, LegRole.Source, call.Sources);
        IReadOnlyList<string> destination = Shown(call, LegRole.Destination, call.Destinations);
        CallFlow flow = FlowOf(Perspectives.DirectionOf(call));
        IReadOnlyList<Perspective> perspectives = Perspectives.Of(call);
        var views = new CallView[perspectives.Count];
        for (int i = 0; i < views.Length; i++)
        {
            Perspective perspective = perspectives[i];
            views[i] = new CallView(
                i.ToString("00", CultureInfo.InvariantCulture),
                perspective.Extension,
                source,
                destination,
                flow,
                StatusOf(perspective.State),
                perspective.RingingSince,
                perspective.Answered,
                perspective.CallerId,
                call.Disposition,
                perspective.Acting?.Phone,
                perspective.OnHold,
                perspective.IsHolder,
                perspective.Parking,
                perspective.RecordingSince);
        }

        return views;
    }

    private static List<string> Shown(Call call, LegRole role, IReadOnlyList<PhoneAddress> requested)
    {
        List<CallLeg> legs = call.LegsOf(role).ToList();
        if ((legs.FindLast(leg => leg.State == LegState.Answered) ?? legs.Find(leg => leg.Answered is not null)) is { } answered)
        {
            return [answered.Phone.Value];
        }

        List<string> live = legs.Where(leg => leg.IsLive).Select(leg => leg.Phone.Value).ToList();
        return live.Count > 0 ? live : requested.Select(phone => phone.Value).ToList();
    }

    private static CallViewStatus StatusOf(PartyState state) => state switch
    {
        PartyState.Trying => CallViewStatus.Trying,
        PartyState.Ringing => CallViewStatus.Ringing,
        PartyState.OtherSideRinging => CallViewStatus.OtherSideRinging,
        PartyState.Talking => CallViewStatus.OnCall,
        _ => CallViewStatus.Unknown,
    };

    private static CallFlow FlowOf(CallDirection direction) => direction switch
    {
        CallDirection.Outgoing => CallFlow.OutgoingPublic,
        CallDirection.Incoming => CallFlow.IncomingPublic,
        _ => CallFlow.Local,
    };
}
