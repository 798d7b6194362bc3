using System.Collections.Immutable;
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
    private static readonly string[] ViewIds = [.. Enumerable.Range(0, 10).Select(index => index.ToString("00", CultureInfo.InvariantCulture))];

    public static IReadOnlyList<CallView> Of(Call call)
    {
        string[] source = Shown(call, LegRole.Source, call.Sources);
        string[] destination = Shown(call, LegRole.Destination, call.Destinations);
        CallFlow flow = FlowOf(call);
        IReadOnlyList<Perspective> perspectives = Perspectives.Of(call);
        var views = new CallView[perspectives.Count];
        for (int i = 0; i < views.Length; i++)
        {
            Perspective perspective = perspectives[i];
            views[i] = new CallView(
                ViewId(i),
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

    private static string[] Shown(Call call, LegRole role, ImmutableArray<PhoneAddress> requested)
    {
        CallLeg? talking = null;
        CallLeg? firstAnswered = null;
        int live = 0;
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Role != role)
            {
                continue;
            }

            talking = leg.State == LegState.Answered ? leg : talking;
            firstAnswered ??= leg.Answered is null ? null : leg;
            live += leg.IsLive ? 1 : 0;
        }

        if ((talking ?? firstAnswered) is { } answered)
        {
            return [answered.Phone.Value];
        }

        if (live == 0)
        {
            return [.. requested.Select(phone => phone.Value)];
        }

        var phones = new string[live];
        int next = 0;
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Role == role && leg.IsLive)
            {
                phones[next++] = leg.Phone.Value;
            }
        }

        return phones;
    }

    /// <summary>A view's id: its index in two digits ("00" the charged extension's).</summary>
    private static string ViewId(int index) =>
        index < ViewIds.Length ? ViewIds[index] : index.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The flow every view of the call shows.</summary>
    public static CallFlow FlowOf(Call call) => FlowOf(Perspectives.DirectionOf(call));

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
