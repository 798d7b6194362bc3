namespace VoipUapi.Telephony.Calls;

/// <summary>
/// The call from the perspective of each local party, in terms every dialect shares: the charged extension first,
/// then each other local extension the call rang, in the order it rang them. Sandboxes and public numbers have none.
/// A phone whose ringing was picked up keeps its perspective, which then follows the phone that took the call over.
/// </summary>
public static class Perspectives
{
    public static IReadOnlyList<Perspective> Of(Call call)
    {
        var parties = new List<ExtensionNumber> { call.Extension };
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Phone.Kind == PhoneAddressKind.Extension && ExtensionNumber.TryParse(leg.Phone.Value, out ExtensionNumber number) && !parties.Contains(number))
            {
                parties.Add(number);
            }
        }

        var perspectives = new Perspective[parties.Count];
        for (int i = 0; i < perspectives.Length; i++)
        {
            string party = parties[i].ToString();
            CallLeg? own = call.Legs.LastOrDefault(l => string.Equals(l.Phone.Value, party, StringComparison.Ordinal));
            CallLeg? acting = Acting(call, own);
            PartyState state = StateOf(call, acting);
            perspectives[i] = new Perspective(
                parties[i],
                own,
                acting,
                state,
                state is PartyState.Trying or PartyState.Ringing or PartyState.OtherSideRinging ? RingingSince(call, acting) : null,
                acting is null ? call.Answered : acting.Answered,
                own?.ShownCallerId ?? call.SourceCallerId,
                call.Hold?.Since,
                call.Hold is { } hold && acting?.Index == hold.HolderLeg,
                call.Parking,
                call.Recordings.FirstOrDefault(r => r.Extension == parties[i] && r.Stopped is null)?.Started);
        }

        return perspectives;
    }

    public static CallDirection DirectionOf(Call call) =>
        call.Destinations.Any(phone => phone.Kind == PhoneAddressKind.Public) ? CallDirection.Outgoing
        : call.Sources.Any(phone => phone.Kind == PhoneAddressKind.Public) ? CallDirection.Incoming
        : CallDirection.Local;

    private static CallLeg? Acting(Call call, CallLeg? leg)
    {
        while (leg?.PickedUpBy is { } taker)
        {
            leg = call.Legs[taker];
        }

        return leg;
    }

    private static PartyState StateOf(Call call, CallLeg? leg)
    {
        if (call.Phase == CallPhase.Ended)
        {
            return PartyState.Ended;
        }

        if (leg is null)
        {
            return call.Phase == CallPhase.Connected ? PartyState.Talking
                : call.Phase == Call.Ringing(call.FirstToRing) ? PartyState.Trying
                : PartyState.OtherSideRinging;
        }

        return leg.State switch
        {
            LegState.Ringing => PartyState.Ringing,
            LegState.Answered when call.Phase == CallPhase.Connected => PartyState.Talking,
            LegState.Answered => PartyState.OtherSideRinging,
            LegState.Parked when call.Parking is not null => PartyState.Talking,
            _ => PartyState.Left,
        };
    }

    private static DateTimeOffset RingingSince(Call call, CallLeg? leg) =>
        leg is { State: LegState.Ringing }
            ? leg.Started
            : call.Legs.Where(l => l.State == LegState.Ringing).Select(l => (DateTimeOffset?)l.Started).Max() ?? call.Published;
}
