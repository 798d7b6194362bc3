using System.Collections.Immutable;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// A PhoneCall as the network knows it at one instant. Immutable: every change makes a new value, so a value read
/// from the network is always a consistent snapshot.
/// </summary>
public sealed record Call
{
    public required CallId Id { get; init; }

    public required CallKind Kind { get; init; }

    /// <summary>A call's features, shared by its snapshots until one changes (<see cref="CallFeatures"/>).</summary>
    private CallFeatures _features = CallFeatures.None;

    public string? Nonce { get => _features.Nonce; init => _features = value == _features.Nonce ? _features : _features with { Nonce = value }; }

    /// <summary>The extension charged for the call; it need not be a party.</summary>
    public required ExtensionNumber Extension { get; init; }

    /// <summary>The user charged for the call and owning it.</summary>
    public required int OwnerUserId { get; init; }

    public required Organization Organization { get; init; }

    public required ImmutableArray<PhoneAddress> Sources { get; init; }

    public required ImmutableArray<PhoneAddress> Destinations { get; init; }

    /// <summary>Shown to the sources when they ring.</summary>
    public required CallerId SourceCallerId { get; init; }

    /// <summary>Shown to the destination when it rings.</summary>
    public required CallerId DestinationCallerId { get; init; }

    public required TimeSpan WaitForPickup { get; init; }

    /// <summary>How long the call lasts once connected.</summary>
    public required TimeSpan Duration { get; init; }

    public required DateTimeOffset Published { get; init; }

    public CallPhase Phase { get; init; } = CallPhase.RingingSources;

    public DateTimeOffset? Answered { get; init; }

    public DateTimeOffset? Ended { get; init; }

    public CallDisposition? Disposition { get; init; }

    public ImmutableArray<CallLeg> Legs { get; init; } = [];

    /// <summary>For a conference invite: the conference and how far the invitee got into it.</summary>
    public ConferenceInvite? Invite { get => _features.Invite; init => _features = _features with { Invite = value }; }

    /// <summary>True when a transfer may send the call to a public number.</summary>
    public bool AllowPublicTransfer
    {
        get => _features.AllowPublicTransfer;
        init => _features = value == _features.AllowPublicTransfer ? _features : _features with { AllowPublicTransfer = value };
    }

    public CallHold? Hold { get => _features.Hold; init => _features = _features with { Hold = value }; }

    public CallParking? Parking { get => _features.Parking; init => _features = _features with { Parking = value }; }

    public CallTransfer? Transfer { get => _features.Transfer; init => _features = _features with { Transfer = value }; }

    public VoicemailMessage? Voicemail { get => _features.Voicemail; init => _features = _features with { Voicemail = value }; }

    /// <summary>The call's stay in a queue, when it called a Queue extension (kept once it ended).</summary>
    public QueueVisit? Queue { get => _features.Queue; init => _features = _features with { Queue = value }; }

    /// <summary>For a consultation: the call it is about, whose party waits on hold.</summary>
    public CallId? ConsultOf { get => _features.ConsultOf; init => _features = value == _features.ConsultOf ? _features : _features with { ConsultOf = value }; }

    /// <summary>Data attached to the call by the applications that handle it (key-value pairs, as Genesys user data).</summary>
    public ImmutableDictionary<string, string> Data { get => _features.Data; init => _features = _features with { Data = value }; }

    /// <summary>Every span the call was recorded, in the order they started; an open one has no stop.</summary>
    public ImmutableArray<CallRecording> Recordings { get => _features.Recordings; init => _features = _features with { Recordings = value }; }

    public bool IsLive => Phase != CallPhase.Ended;

    /// <summary>The side rung first: the sources, or for a callback the destinations; the other side rings once one of it answers.</summary>
    public LegRole FirstToRing => Kind == CallKind.Callback ? LegRole.Destination : LegRole.Source;

    public LegRole SecondToRing => FirstToRing == LegRole.Source ? LegRole.Destination : LegRole.Source;

    /// <summary>The phase in which the phones of <paramref name="role"/> ring.</summary>
    public static CallPhase Ringing(LegRole role) => role == LegRole.Source ? CallPhase.RingingSources : CallPhase.RingingDestination;

    public IEnumerable<CallLeg> LegsOf(LegRole role) => Legs.Where(leg => leg.Role == role);

    /// <summary>The latest leg on <paramref name="phone"/>, or null: a loop, for readers that ask it of every event.</summary>
    public CallLeg? LastLegOn(string? phone)
    {
        for (int i = Legs.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Legs[i].Phone.Value, phone, StringComparison.Ordinal))
            {
                return Legs[i];
            }
        }

        return null;
    }

    /// <summary>True when a phone of the call's parties, or the charged extension, is <paramref name="number"/>.</summary>
    public bool Involves(string number)
    {
        if (Extension.Is(number))
        {
            return true;
        }

        foreach (CallLeg leg in Legs)
        {
            if (string.Equals(leg.Phone.Value, number, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The codes of the organizations the call involves: the charged one, and that of every extension or sandbox among its legs, sources and destinations.</summary>
    public IReadOnlyList<string> InvolvedOrganizations()
    {
        List<string> codes = [Organization.Code];
        foreach (CallLeg leg in Legs)
        {
            AddOrganizationOf(leg.Phone, codes);
        }

        foreach (PhoneAddress phone in Sources)
        {
            AddOrganizationOf(phone, codes);
        }

        foreach (PhoneAddress phone in Destinations)
        {
            AddOrganizationOf(phone, codes);
        }

        return codes;
    }

    /// <summary>
    /// The parties on the call now: the answered phones that talk to everyone (not whisperers or monitors), and the
    /// service a party talks to instead of a phone: the conference (or its prompts) of an invite, the parking lot, the
    /// ringing of a blind transfer, a voicemail box. A connected call ends when fewer than two remain.
    /// </summary>
    public int ConnectedParties =>
        Legs.Count(leg => leg.State == LegState.Answered && leg.IsFullParty)
        + (Invite is not null || Parking is not null || Transfer is not null || Voicemail is not null ? 1 : 0);

    internal Call WithLeg(CallLeg leg) => this with { Legs = Legs.SetItem(leg.Index, leg) };

    /// <summary>Why a stage of <paramref name="role"/> that could not ring anyone failed: busy before refused before unanswered.</summary>
    internal CallDisposition FailureOf(LegRole role)
    {
        List<CallLeg> legs = LegsOf(role).ToList();
        return legs.Exists(leg => leg.State == LegState.Busy) ? CallDisposition.Busy
            : legs.Exists(leg => leg.State is LegState.Rejected or LegState.Unreachable) ? CallDisposition.Failed
            : CallDisposition.NoAnswer;
    }

    /// <summary>A handful of codes at most: a list searched in place costs less than a set built for each call.</summary>
    private static void AddOrganizationOf(PhoneAddress phone, List<string> codes)
    {
        if (phone.IsLocal && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number) && !codes.Contains(number.OrganizationCode))
        {
            codes.Add(number.OrganizationCode);
        }
    }
}
