using System.Globalization;

namespace VoipUapi.Telephony.Tests.Support;

/// <summary>
/// A network and its clock, with short ways to place calls as user 12 charging <c>0003*210</c> and to read what
/// happened to a call.
/// </summary>
internal sealed class TestNetwork(TelephonyNetwork network, VirtualClock clock) : IDisposable
{
    public static readonly ExtensionNumber ChargedExtension = new("0003", "210");

    public static readonly CallerId SourceCallerId = new("John Doe", "4242425");

    public static readonly CallerId DestinationCallerId = new("Front Desk", "5550100");

    public TelephonyNetwork Network { get; } = network;

    public VirtualClock Clock { get; } = clock;

    /// <summary>The phone a number names: <c>0003*00</c> is a sandbox, <c>0003*210</c> an extension, digits a public number.</summary>
    public static PhoneAddress Phone(string number) =>
        ExtensionNumber.TryParse(number, out ExtensionNumber extension)
            ? extension.LocalPart == ExtensionNumber.SandboxLocalPart ? PhoneAddress.ForSandbox(extension) : PhoneAddress.ForExtension(extension)
            : PhoneAddress.ForPublic(number);

    public SimpleCallOrder Order(
        string[] sources,
        string[] destinations,
        TimeSpan? waitForPickup = null,
        TimeSpan? duration = null,
        string? nonce = null) =>
        new(
            ChargedExtension,
            OwnerUserId: 12,
            Network.Directory.FindOrganization(3)!,
            [.. sources.Select(Phone)],
            [.. destinations.Select(Phone)],
            SourceCallerId,
            DestinationCallerId,
            waitForPickup,
            duration,
            nonce);

    public Outcome<Call, NetworkError> TryPlace(
        string[] sources,
        string[] destinations,
        TimeSpan? waitForPickup = null,
        TimeSpan? duration = null,
        string? nonce = null) =>
        Network.PlaceSimpleCall(Order(sources, destinations, waitForPickup, duration, nonce));

    /// <summary>Places a simple call that the network must accept.</summary>
    public Call Place(
        string[] sources,
        string[] destinations,
        TimeSpan? waitForPickup = null,
        TimeSpan? duration = null,
        string? nonce = null)
    {
        Outcome<Call, NetworkError> result = TryPlace(sources, destinations, waitForPickup, duration, nonce);
        result.Succeeded.Should().BeTrue(result.Error?.Message);
        return result.Value!;
    }

    /// <summary>The Conference extension of user 12 that hosts conference 3 (talker PIN 2233, admin PIN 9900).</summary>
    public static readonly ExtensionNumber ConferenceExtension = new("0003", "211");

    public static readonly CallerId InviteCallerId = new("John Doe", "3235742879");

    public Outcome<Call, NetworkError> TryInvite(string[] destinations, string? number = null, string? pin = null, TimeSpan? waitForPickup = null) =>
        Network.PlaceConferenceInvite(new ConferenceInviteOrder(
            Network.Directory.FindExtension(ConferenceExtension)!,
            Network.Directory.FindOrganization(3)!,
            [.. destinations.Select(Phone)],
            InviteCallerId,
            number,
            pin,
            waitForPickup));

    /// <summary>Invites <paramref name="destinations"/> to a conference of 0003*211; the network must accept.</summary>
    public Call Invite(string[] destinations, string? number = null, string? pin = null, TimeSpan? waitForPickup = null)
    {
        Outcome<Call, NetworkError> result = TryInvite(destinations, number, pin, waitForPickup);
        result.Succeeded.Should().BeTrue(result.Error?.Message);
        return result.Value!;
    }

    /// <summary>The room of conference <paramref name="number"/> of 0003*211 as <c>"3235742879 Talker"</c> per participant; empty when closed.</summary>
    public IReadOnlyList<string> Room(string number = "3") =>
        Network.FindRoom(new ConferenceKey(ConferenceExtension, number)) is { } room
            ? [.. room.Participants.Select(p => $"{p.Phone.Value} {p.Role}{(p.Muted ? " muted" : string.Empty)}{(p.Waiting ? " waiting" : string.Empty)}")]
            : [];

    public DateTimeOffset AdvanceTo(double secondsAfterT0) => Clock.AdvanceTo(TestTime.At(secondsAfterT0));

    /// <summary>The call as it stands now: live, or retained in the history.</summary>
    public Call Current(CallId id) =>
        Network.FindLiveCall(id) ?? Network.EndedCalls.SingleOrDefault(call => call.Id == id)
        ?? throw new InvalidOperationException($"call {id} is neither live nor in the history");

    public IReadOnlyList<NetworkEvent> EventsOf(CallId id) => [.. Network.Events.After(0).Where(e => e.CallId == id)];

    /// <summary>The call's events as <c>"3s LegAnswered 5354353"</c>: seconds after T0, kind, phone, detail.</summary>
    public IReadOnlyList<string> Timeline(CallId id) => [.. EventsOf(id).Select(Describe)];

    public void Dispose() => Network.Dispose();

    private static string Describe(NetworkEvent e)
    {
        string offset = (e.At - TestTime.T0).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";
        return string.Join(' ', new[] { offset, e.Kind.ToString(), e.Phone, e.Detail }.Where(part => part is not null));
    }
}
