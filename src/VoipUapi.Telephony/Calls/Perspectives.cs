using System.Collections.Immutable;

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
            CallLeg? own = LastLegOf(call, parties[i]);
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
                RecordingSince(call, parties[i]));
        }

        return perspectives;
    }

    public static CallDirection DirectionOf(Call call) =>
        HasPublic(call.Destinations) ? CallDirection.Outgoing
        : HasPublic(call.Sources) ? CallDirection.Incoming
        : CallDirection.Local;

    private static bool HasPublic(ImmutableArray<PhoneAddress> phones)
    {
        foreach (PhoneAddress phone in phones)
        {
            if (phone.Kind == PhoneAddressKind.Public)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The party's own leg: the last that rang its phone.</summary>
    private static CallLeg? LastLegOf(Call call, ExtensionNumber party)
    {
        for (int i = call.Legs.Length - 1; i >= 0; i--)
        {
            if (party.Is(call.Legs[i].Phone.Value))
            {
                return call.Legs[i];
            }
        }

        return null;
    }

    private static DateTimeOffset? RecordingSince(Call call, ExtensionNumber party)
    {
        foreach (CallRecording recording in call.Recordings)
        {
            if (recording.Extension == party && recording.Stopped is null)
            {
                return recording.Started;
            }
        }

        return null;
    }

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

    private static DateTimeOffset RingingSince(Call call, CallLeg? leg)
    {
        if (leg is { State: LegState.Ringing })
        {
            return leg.Started;
        }

        DateTimeOffset? latest = null;
        foreach (CallLeg ringing in call.Legs)
        {
            if (ringing.State == LegState.Ringing && (latest is null || ringing.Started > latest))
            {
                latest = ringing.Started;
            }
        }

        return latest ?? call.Published;
    }
}
