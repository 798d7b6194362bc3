using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class CallViewsTests
{
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
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);

        CallView trying = CallViews.Of(placed).Should().ContainSingle().Subject;
        trying.Should().BeEquivalentTo(new
        {
            Id = "00",
            Extension = TestNetwork.ChargedExtension,
            Source = new[] { "5354353", "5302040" },
            Destination = new[] { "5353535" },
            Flow = CallFlow.OutgoingPublic,
            Status = CallViewStatus.Trying,
            Ringing = (DateTimeOffset?)At(0),
            Answered = (DateTimeOffset?)null,
            CallerId = TestNetwork.SourceCallerId,
            Disposition = (CallDisposition?)null,
        });

        world.AdvanceTo(3);
        CallView otherSide = CallViews.Of(world.Current(placed.Id)).Should().ContainSingle().Subject;
        otherSide.Status.Should().Be(CallViewStatus.OtherSideRinging);
        otherSide.Source.Should().Equal("5354353");
        otherSide.Ringing.Should().Be(At(3));
        otherSide.Answered.Should().BeNull();

        world.AdvanceTo(6);
        CallView onCall = CallViews.Of(world.Current(placed.Id)).Should().ContainSingle().Subject;
        onCall.Status.Should().Be(CallViewStatus.OnCall);
        onCall.Ringing.Should().BeNull();
        onCall.Answered.Should().Be(At(6));
    }

    [Fact]
    public void Local_call_gives_the_charged_source_view_00_and_the_destination_view_01_once_it_rings()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*210"], ["0003*024"]);

        CallView ringing = CallViews.Of(placed).Should().ContainSingle().Subject;
        ringing.Id.Should().Be("00");
        ringing.Flow.Should().Be(CallFlow.Local);
        ringing.Status.Should().Be(CallViewStatus.Ringing);
        ringing.Ringing.Should().Be(At(0));

        world.AdvanceTo(3);
        IReadOnlyList<CallView> views = CallViews.Of(world.Current(placed.Id));
        views.Select(view => (view.Id, view.Extension.ToString(), view.Status, view.Ringing, view.Answered, view.CallerId)).Should().Equal(
            ("00", "0003*210", CallViewStatus.OtherSideRinging, At(3), At(3), TestNetwork.SourceCallerId),
            ("01", "0003*024", CallViewStatus.Ringing, At(3), null, TestNetwork.DestinationCallerId));

        world.AdvanceTo(6);
        views = CallViews.Of(world.Current(placed.Id));
        views.Select(view => (view.Id, view.Status, view.Ringing, view.Answered)).Should().Equal(
            ("00", CallViewStatus.OnCall, null, At(3)),
            ("01", CallViewStatus.OnCall, null, At(6)));
        views.Should().OnlyContain(view => view.Source.SequenceEqual(new[] { "0003*210" }) && view.Destination.SequenceEqual(new[] { "0003*024" }));
    }

    [Fact]
    public void Call_from_a_public_number_to_an_extension_flows_incoming_public()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["0003*024"]);

        world.AdvanceTo(3);

        CallViews.Of(world.Current(placed.Id)).Select(view => (view.Id, view.Extension.ToString(), view.Flow, view.Status)).Should().Equal(
            ("00", "0003*210", CallFlow.IncomingPublic, CallViewStatus.OtherSideRinging),
            ("01", "0003*024", CallFlow.IncomingPublic, CallViewStatus.Ringing));
    }

    [Fact]
    public void Every_local_extension_the_call_rang_gets_a_view_in_ringing_order_but_sandboxes_do_not()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(["0004*210", "0003*024"], ["0003*00"]);
        world.AdvanceTo(3);
        call = world.Current(call.Id);

        CallViews.Of(call).Select(view => $"{view.Id} {view.Extension} {view.Status}").Should().Equal(
            "00 0003*210 OnCall",
            "01 0004*210 OnCall",
            "02 0003*024 Unknown");
    }

    [Fact]
    public void Ended_call_shows_unknown_status_and_its_disposition_in_every_view()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*210"], ["0003*024"]);
        world.AdvanceTo(6);

        Call ended = world.Network.HangUp(placed.Id).Call!;

        CallViews.Of(ended).Select(view => (view.Id, view.Status, view.Disposition, view.Ringing)).Should().Equal(
            ("00", CallViewStatus.Unknown, CallDisposition.Answered, null),
            ("01", CallViewStatus.Unknown, CallDisposition.Answered, null));
    }
}
