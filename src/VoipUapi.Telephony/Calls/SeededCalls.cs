using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// The calls in progress a seed describes, started with the network and again after each reset. Their phones follow
/// no phone rule, and they take lines whatever the limit: two seeded calls may share a one-line phone, one talking and
/// one waiting to be answered (call waiting), as the vendor's examples show 0003*210.
/// </summary>
internal sealed class SeededCalls(NetworkKernel kernel, CallMachine machine)
{
    private static readonly PhoneBehaviour SeededPhone = new(PhoneBehaviourKind.Manual, TimeSpan.Zero);
    private readonly List<SeededCall> _seeded = [];

    public void Start(IEnumerable<SeededCall> calls, Change change)
    {
        List<SeededCall> added = [.. calls];
        _seeded.AddRange(added);
        added.ForEach(seeded => change.Commit(StartOne(seeded, change)));
    }

    /// <summary>After a reset ended every call.</summary>
    public void StartAgain(Change change) => _seeded.ForEach(seeded => change.Commit(StartOne(seeded, change)));

    private Call StartOne(SeededCall seeded, Change change)
    {
        if (kernel.Calls.FindLive(seeded.Id) is not null || kernel.Calls.NonceHolder(seeded.Nonce) is not null)
        {
            throw new ArgumentException($"seeded call {seeded.Id}: a live call already has its id or nonce", nameof(seeded));
        }

        DateTimeOffset published = change.Now - seeded.PublishedAgo;
        DateTimeOffset? answered = seeded.Phase == CallPhase.Connected ? change.Now - seeded.AnsweredAgo : null;
        Call call = machine.Publish(CallFactory.Seeded(seeded, published, answered), change, published);
        if (seeded.Phase == CallPhase.RingingSources)
        {
            call = seeded.Sources.Aggregate(call, (c, phone) => Leg(c, phone, LegRole.Source, published, null, change));
        }
        else
        {
            call = Leg(call, seeded.Sources[0], LegRole.Source, published, answered ?? published, change);
            call = answered is not null
                ? Leg(call, seeded.Destinations[0], LegRole.Destination, published, answered, change)
                : seeded.Destinations.Aggregate(call, (c, phone) => Leg(c, phone, LegRole.Destination, published, null, change));
        }

        if (answered is { } connected)
        {
            change.Record(NetworkEventKind.CallConnected, call, at: connected);
            machine.ScheduleDuration(call, call.Duration);
        }
        else if (seeded.WaitForPickup is { } wait)
        {
            machine.ScheduleRingTimeout(call, seeded.Phase, wait);
        }

        return call;
    }

    private Call Leg(Call call, PhoneAddress phone, LegRole role, DateTimeOffset started, DateTimeOffset? answered, Change change) =>
        machine.AddLeg(call, phone, role, SeededPhone, role == LegRole.Source ? call.SourceCallerId : call.DestinationCallerId, started, answered, change);
}
