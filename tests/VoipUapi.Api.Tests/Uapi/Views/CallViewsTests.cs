using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Tests.Uapi.Views;

/// <summary>The UnifiedAPI projection of engine calls: view ids, the vendor's status and flow codes, shown numbers.</summary>
public sealed class CallViewsTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CallerId Shown = new("John Doe", "4242425");
    private readonly VirtualClock _clock = new(T0);
    private readonly TelephonyNetwork _network;

    public CallViewsTests()
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        _network = new TelephonyNetwork(seed.Directory, seed.Phones, _clock, new TelephonyOptions());
    }

    [Theory]
    [InlineData(CallViewStatus.Unknown, 0)]
    [InlineData(CallViewStatus.OffHook, 1)]
    [InlineData(CallViewStatus.Trying, 2)]
    [InlineData(CallViewStatus.Ringing, 3)]
    [InlineData(CallViewStatus.OtherSideRinging, 4)]
    [InlineData(CallViewStatus.OnCall, 5)]
    public void Status_carries_the_vendor_code(CallViewStatus status, int code) => ((int)status).Should().Be(code);

    [Theory]
    [InlineData(CallFlow.Local, 2)]
    [InlineData(CallFlow.OutgoingPublic, 4)]
    [InlineData(CallFlow.IncomingPublic, 8)]
    public void Flow_carries_the_vendor_code(CallFlow flow, int code) => ((int)flow).Should().Be(code);

    [Fact]
    public void Charged_extension_that_is_no_party_sees_the_call_trying_then_the_other_side_ringing_then_on_call()
    {
        Call placed = Place(["5354353", "5302040"], ["5353535"]);

        CallView trying = CallViews.Of(placed).Should().ContainSingle().Subject;
        trying.Should().BeEquivalentTo(new
        {
            Id = "00",
            Extension = new ExtensionNumber("0003", "210"),
            Source = new[] { "5354353", "5302040" },
            Destination = new[] { "5353535" },
            Flow = CallFlow.OutgoingPublic,
            Status = CallViewStatus.Trying,
            Ringing = (DateTimeOffset?)T0,
            Answered = (DateTimeOffset?)null,
            CallerId = Shown,
            Disposition = (CallDisposition?)null,
        });

        Advance(3);
        CallView otherSide = CallViews.Of(Current(placed)).Should().ContainSingle().Subject;
        otherSide.Status.Should().Be(CallViewStatus.OtherSideRinging);
        otherSide.Source.Should().Equal("5354353");

        Advance(3);
        CallViews.Of(Current(placed)).Should().ContainSingle().Which.Status.Should().Be(CallViewStatus.OnCall);
    }

    [Fact]
    public void Local_call_gives_the_charged_source_view_00_and_the_destination_view_01_once_it_rings()
    {
        Call placed = Place(["0003*210"], ["0003*024"]);
        Advance(3);

        CallViews.Of(Current(placed)).Select(view => (view.Id, view.Extension.ToString(), view.Flow, view.Status)).Should().Equal(
            ("00", "0003*210", CallFlow.Local, CallViewStatus.OtherSideRinging),
            ("01", "0003*024", CallFlow.Local, CallViewStatus.Ringing));

        Advance(3);
        IReadOnlyList<CallView> views = CallViews.Of(Current(placed));
        views.Select(view => view.Status).Should().Equal(CallViewStatus.OnCall, CallViewStatus.OnCall);
        views.Should().OnlyContain(view => view.Source.SequenceEqual(new[] { "0003*210" }) && view.Destination.SequenceEqual(new[] { "0003*024" }));
    }

    [Fact]
    public void Call_from_a_public_number_to_an_extension_flows_incoming_public()
    {
        Call placed = Place(["5354353"], ["0003*024"]);
        Advance(3);

        CallViews.Of(Current(placed)).Select(view => (view.Id, view.Flow)).Should().Equal(("00", CallFlow.IncomingPublic), ("01", CallFlow.IncomingPublic));
    }

    [Fact]
    public void A_phone_that_stopped_ringing_and_an_ended_call_show_unknown_status_and_the_disposition()
    {
        Call placed = Place(["0004*210", "0003*024"], ["0003*00"]);
        Advance(3);

        CallViews.Of(Current(placed)).Select(view => $"{view.Id} {view.Extension} {view.Status}").Should().Equal(
            "00 0003*210 OnCall", "01 0004*210 OnCall", "02 0003*024 Unknown");

        Call ended = _network.HangUp(placed.Id).Value!;
        CallViews.Of(ended).Should().OnlyContain(view => view.Status == CallViewStatus.Unknown && view.Disposition == CallDisposition.Answered);
    }

    public void Dispose() => _network.Dispose();

    private Call Place(string[] sources, string[] destinations)
    {
        Outcome<Call, NetworkError> placed = _network.PlaceSimpleCall(new SimpleCallOrder(
            new ExtensionNumber("0003", "210"),
            OwnerUserId: 12,
            _network.Directory.FindOrganization(3)!,
            [.. sources.Select(Phone)],
            [.. destinations.Select(Phone)],
            Shown,
            new CallerId("Front Desk", "5550100")));
        placed.Succeeded.Should().BeTrue(placed.Error?.Message);
        return placed.Value!;
    }

    private static PhoneAddress Phone(string number) =>
        !ExtensionNumber.TryParse(number, out ExtensionNumber extension) ? PhoneAddress.ForPublic(number)
        : extension.LocalPart == ExtensionNumber.SandboxLocalPart ? PhoneAddress.ForSandbox(extension)
        : PhoneAddress.ForExtension(extension);

    private Call Current(Call call) => _network.FindCall(call.Id)!;

    private void Advance(double seconds) => _clock.Advance(TimeSpan.FromSeconds(seconds));
}
