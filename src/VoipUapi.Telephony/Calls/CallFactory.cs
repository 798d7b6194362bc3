using System.Collections.Immutable;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>The one builder of new calls, of every kind: what differs is only what each order says.</summary>
internal sealed class CallFactory(NetworkKernel kernel)
{
    public Call Simple(SimpleCallOrder order, DateTimeOffset now) => Build(
        CallKind.Simple, kernel.Calls.NewId(), order.Nonce, order.Extension, order.OwnerUserId, order.Organization,
        Once(order.Sources), Once(order.Destinations), order.SourceCallerId, order.DestinationCallerId,
        kernel.WaitOrDefault(order.WaitForPickup), DurationOrDefault(order.Duration), now, CallPhase.RingingSources)
        with { AllowPublicTransfer = order.AllowPublicTransfer };

    /// <summary>A simple call the other way round: the destinations ring first, then the sources.</summary>
    public Call Callback(SimpleCallOrder order, DateTimeOffset now) => Simple(order, now) with { Kind = CallKind.Callback, Phase = CallPhase.RingingDestination };

    /// <summary>A consultation of <paramref name="original"/>: charged and owned as the original, its party calling.</summary>
    public Call Consultation(Call original, ConsultOrder order, DateTimeOffset now) => Build(
        CallKind.Consultation, kernel.Calls.NewId(), null, original.Extension, original.OwnerUserId, original.Organization,
        [order.Party], [order.Target], order.CallerId, order.CallerId,
        kernel.WaitOrDefault(order.WaitForPickup), DurationOrDefault(null), now, CallPhase.RingingDestination)
        with { ConsultOf = original.Id, AllowPublicTransfer = original.AllowPublicTransfer };

    /// <summary>The caller is on the line (its leg is the machine's to add); the extension is charged and rings.</summary>
    public Call Inbound(InboundCallOrder order, PhoneAddress caller, DateTimeOffset now) => Build(
        CallKind.Inbound, kernel.Calls.NewId(), null, order.Extension.Number, order.Extension.OwnerUserId, order.Organization,
        [caller], [PhoneAddress.ForExtension(order.Extension.Number)], order.CallerId, order.CallerId,
        kernel.WaitOrDefault(order.WaitForPickup), DurationOrDefault(order.Duration), now, CallPhase.RingingDestination);

    /// <summary>The Conference extension calls the destinations; the conference is the other party.</summary>
    public Call ConferenceInvite(ConferenceInviteOrder order, DateTimeOffset now) => Build(
        CallKind.ConferenceInvite, kernel.Calls.NewId(), order.Nonce, order.Host.Number, order.Host.OwnerUserId, order.Organization,
        [PhoneAddress.ForExtension(order.Host.Number)], Once(order.Destinations), order.CallerId, order.CallerId,
        kernel.WaitOrDefault(order.WaitForPickup), DurationOrDefault(order.Duration), now, CallPhase.RingingDestination)
        with { Invite = new ConferenceInvite(order.Host.Number, order.Number, order.Pin) };

    /// <summary>A fax to <paramref name="recipient"/>: charged to the sender, from <paramref name="service"/> (its leg is the machine's to add), lasting the transmission.</summary>
    public Call Fax(FaxOrder order, PhoneAddress service, PhoneAddress recipient, TimeSpan transmission, DateTimeOffset now) => Build(
        CallKind.Fax, kernel.Calls.NewId(), null, order.Sender.Number, order.Sender.OwnerUserId, order.Organization,
        [service], [recipient], order.CallerId, order.CallerId,
        kernel.WaitOrDefault(null), transmission, now, CallPhase.RingingDestination);

    /// <summary>A call the seed starts in progress: its own id, published <paramref name="published"/>, no limits unless the seed set them.</summary>
    public static Call Seeded(SeededCall seeded, DateTimeOffset published, DateTimeOffset? answered) => Build(
        CallKind.Simple, seeded.Id, seeded.Nonce, seeded.Extension, seeded.OwnerUserId, seeded.Organization,
        seeded.Sources, seeded.Destinations, seeded.SourceCallerId, seeded.DestinationCallerId,
        seeded.WaitForPickup ?? Timeout.InfiniteTimeSpan, seeded.Duration ?? Timeout.InfiniteTimeSpan, published, seeded.Phase)
        with { Answered = answered };

    /// <summary>The numbers without repeats, in their order; one number (the usual order) as it is, without a set to find repeats in.</summary>
    private static IEnumerable<PhoneAddress> Once(IReadOnlyList<PhoneAddress> numbers) => numbers.Count < 2 ? numbers : numbers.Distinct();

    private TimeSpan DurationOrDefault(TimeSpan? duration) => duration ?? TimeSpan.FromSeconds(kernel.Options.DefaultCallDurationSeconds);

    private static Call Build(
        CallKind kind,
        CallId id,
        string? nonce,
        ExtensionNumber extension,
        int owner,
        Organization organization,
        IEnumerable<PhoneAddress> sources,
        IEnumerable<PhoneAddress> destinations,
        CallerId sourceCallerId,
        CallerId destinationCallerId,
        TimeSpan waitForPickup,
        TimeSpan duration,
        DateTimeOffset published,
        CallPhase phase) => new()
    {
        Id = id,
        Kind = kind,
        Nonce = nonce,
        Extension = extension,
        OwnerUserId = owner,
        Organization = organization,
        Sources = [.. sources],
        Destinations = [.. destinations],
        SourceCallerId = sourceCallerId,
        DestinationCallerId = destinationCallerId,
        WaitForPickup = waitForPickup,
        Duration = duration,
        Published = published,
        Phase = phase,
        Legs = ImmutableArray<CallLeg>.Empty,
    };
}
