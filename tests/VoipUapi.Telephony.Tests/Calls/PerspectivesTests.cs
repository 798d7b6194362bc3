using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class PerspectivesTests
{
    [Fact]
    public void Charged_extension_that_is_no_party_sees_the_call_trying_then_the_other_side_ringing_then_talking()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);

        Perspective trying = Perspectives.Of(placed).Should().ContainSingle().Subject;
        trying.Should().BeEquivalentTo(new
        {
            Extension = TestNetwork.ChargedExtension,
            Own = (CallLeg?)null,
            Acting = (CallLeg?)null,
            State = PartyState.Trying,
            RingingSince = (DateTimeOffset?)At(0),
            Answered = (DateTimeOffset?)null,
            CallerId = TestNetwork.SourceCallerId,
        });
        Perspectives.DirectionOf(placed).Should().Be(CallDirection.Outgoing);

        world.AdvanceTo(3);
        Perspective otherSide = Perspectives.Of(world.Current(placed.Id)).Should().ContainSingle().Subject;
        otherSide.State.Should().Be(PartyState.OtherSideRinging);
        otherSide.RingingSince.Should().Be(At(3));
        otherSide.Answered.Should().BeNull();

        world.AdvanceTo(6);
        Perspective talking = Perspectives.Of(world.Current(placed.Id)).Should().ContainSingle().Subject;
        talking.State.Should().Be(PartyState.Talking);
        talking.RingingSince.Should().BeNull();
        talking.Answered.Should().Be(At(6));
    }

    [Fact]
    public void Local_call_gives_the_charged_source_the_first_perspective_and_the_destination_the_second_once_it_rings()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*210"], ["0003*024"]);

        Perspective ringing = Perspectives.Of(placed).Should().ContainSingle().Subject;
        ringing.State.Should().Be(PartyState.Ringing);
        ringing.RingingSince.Should().Be(At(0));
        ringing.Own.Should().BeSameAs(ringing.Acting);
        Perspectives.DirectionOf(placed).Should().Be(CallDirection.Local);

        world.AdvanceTo(3);
        Perspectives.Of(world.Current(placed.Id)).Select(p => (p.Extension.ToString(), p.State, p.RingingSince, p.Answered, p.CallerId)).Should().Equal(
            ("0003*210", PartyState.OtherSideRinging, At(3), At(3), TestNetwork.SourceCallerId),
            ("0003*024", PartyState.Ringing, At(3), null, TestNetwork.DestinationCallerId));

        world.AdvanceTo(6);
        Perspectives.Of(world.Current(placed.Id)).Select(p => (p.State, p.RingingSince, p.Answered)).Should().Equal(
            (PartyState.Talking, null, At(3)),
            (PartyState.Talking, null, At(6)));
    }

    [Fact]
    public void Call_from_a_public_number_to_an_extension_comes_in()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["0003*024"]);

        world.AdvanceTo(3);

        Perspectives.DirectionOf(placed).Should().Be(CallDirection.Incoming);
        Perspectives.Of(world.Current(placed.Id)).Select(p => (p.Extension.ToString(), p.State)).Should().Equal(
            ("0003*210", PartyState.OtherSideRinging),
            ("0003*024", PartyState.Ringing));
    }

    [Fact]
    public void Every_local_extension_the_call_rang_gets_a_perspective_in_ringing_order_but_sandboxes_do_not()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(["0004*210", "0003*024"], ["0003*00"]);
        world.AdvanceTo(3);
        call = world.Current(call.Id);

        Perspectives.Of(call).Select(p => $"{p.Extension} {p.State}").Should().Equal(
            "0003*210 Talking",
            "0004*210 Talking",
            "0003*024 Left");
    }

    [Fact]
    public void Ended_call_is_ended_for_every_party()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*210"], ["0003*024"]);
        world.AdvanceTo(6);

        Call ended = world.Network.HangUp(placed.Id).Value!;

        Perspectives.Of(ended).Select(p => (p.State, p.RingingSince)).Should().Equal((PartyState.Ended, null), (PartyState.Ended, null));
    }
}
