using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class SimpleCallTests
{
    [Fact]
    public void Placed_call_records_the_order_and_rings_every_source_at_once()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(["5354353", "5302040", "0003*024"], ["5353535"], nonce: "order-1");

        call.Kind.Should().Be(CallKind.Simple);
        call.Id.Value.Should().MatchRegex("^[0-9a-f]{20}$");
        call.Extension.ToString().Should().Be("0003*210");
        call.OwnerUserId.Should().Be(12);
        call.Organization.Code.Should().Be("0003");
        call.Nonce.Should().Be("order-1");
        call.Published.Should().Be(At(0));
        call.Phase.Should().Be(CallPhase.RingingSources);
        call.Answered.Should().BeNull();
        call.Legs.Select(leg => (leg.Phone.Value, leg.Role, leg.State, leg.Started, leg.ShownCallerId)).Should().Equal(
            ("5354353", LegRole.Source, LegState.Ringing, At(0), TestNetwork.SourceCallerId),
            ("5302040", LegRole.Source, LegState.Ringing, At(0), TestNetwork.SourceCallerId),
            ("0003*024", LegRole.Source, LegState.Ringing, At(0), TestNetwork.SourceCallerId));
        world.Timeline(call.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 5354353",
            "0s LegRinging 5302040",
            "0s LegRinging 0003*024");
        world.Network.LiveCalls.Should().ContainSingle().Which.Should().BeSameAs(call);
        world.Network.FindLiveCall(call.Id).Should().BeSameAs(call);
        world.Network.IsEngaged("0003*024").Should().BeTrue();
    }

    [Fact]
    public void Destination_does_not_ring_until_a_source_answers()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        world.Clock.Advance(Seconds(3) - TimeSpan.FromTicks(1));

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.RingingSources);
        call.LegsOf(LegRole.Destination).Should().BeEmpty();
        world.Network.IsEngaged("5353535").Should().BeFalse();
    }

    [Fact]
    public void First_source_to_answer_wins_and_the_other_sources_stop_ringing_at_that_instant()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfter(5))
            .Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.RingingDestination);
        call.Leg("5302040").State.Should().Be(LegState.Answered);
        call.Leg("5302040").Answered.Should().Be(At(3));
        call.Leg("5354353").State.Should().Be(LegState.Cancelled);
        call.Leg("5354353").Ended.Should().Be(At(3));
        call.Leg("5353535").Should().BeEquivalentTo(new
        {
            Role = LegRole.Destination,
            State = LegState.Ringing,
            Started = At(3),
            ShownCallerId = TestNetwork.DestinationCallerId,
        });
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("5302040").Should().BeTrue();
        world.Network.IsEngaged("5353535").Should().BeTrue();
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 5354353",
            "0s LegRinging 5302040",
            "3s LegAnswered 5302040",
            "3s LegEnded 5354353 Cancelled",
            "3s LegRinging 5353535");
    }

    [Fact]
    public void A_cancelled_source_does_not_answer_later_when_its_own_time_comes()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfter(5))
            .WithPhone("5353535", Behaves.NeverAnswers)
            .Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);
        world.AdvanceTo(3);
        long before = world.Network.Events.LastSequence;

        world.AdvanceTo(5);

        world.Current(placed.Id).Leg("5354353").State.Should().Be(LegState.Cancelled);
        world.Network.Events.LastSequence.Should().Be(before);
    }

    [Fact]
    public void Sources_answering_at_the_same_instant_give_the_call_to_the_first_listed()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.LegSummary().Should().Equal(
            "5354353 Source Answered",
            "5302040 Source Cancelled",
            "5353535 Destination Ringing");
    }

    [Fact]
    public void Destination_answering_bridges_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);

        world.AdvanceTo(6);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected);
        call.Answered.Should().Be(At(6));
        call.Ended.Should().BeNull();
        call.Disposition.Should().BeNull();
        call.Leg("5353535").Answered.Should().Be(At(6));
        call.LegSummary().Should().Equal(
            "5354353 Source Answered",
            "5302040 Source Cancelled",
            "5353535 Destination Answered");
        world.Network.IsEngaged("5354353").Should().BeTrue();
        world.Network.IsEngaged("5353535").Should().BeTrue();
        world.Network.LiveCalls.Should().ContainSingle().Which.Id.Should().Be(placed.Id);
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 5354353",
            "0s LegRinging 5302040",
            "3s LegAnswered 5354353",
            "3s LegEnded 5302040 Cancelled",
            "3s LegRinging 5353535",
            "6s LegAnswered 5353535",
            "6s CallConnected");
    }

    [Fact]
    public void Sandbox_destination_answers_at_once_when_the_source_answers()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*210"], ["0003*00"]);

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected);
        call.Answered.Should().Be(At(3));
        call.Leg("0003*00").Phone.Kind.Should().Be(PhoneAddressKind.Sandbox);
        call.Leg("0003*00").Answered.Should().Be(At(3));
        world.Network.IsEngaged("0003*00").Should().BeFalse("the sandbox never gets busy");
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 0003*210",
            "3s LegAnswered 0003*210",
            "3s LegRinging 0003*00",
            "3s LegAnswered 0003*00",
            "3s CallConnected");
    }

    [Fact]
    public void Sandbox_source_answers_at_once_so_the_destination_rings_when_the_call_is_placed()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(["0003*00"], ["0003*024"]);

        call.Phase.Should().Be(CallPhase.RingingDestination);
        call.LegSummary().Should().Equal("0003*00 Source Answered", "0003*024 Destination Ringing");
        call.Leg("0003*024").Started.Should().Be(At(0));
    }

    [Fact]
    public void Sandbox_answers_at_once_even_when_a_rule_names_it()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*00", Behaves.Busy).Build();
        Call placed = world.Place(["0003*210"], ["0003*00"]);

        world.AdvanceTo(3);

        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void Two_calls_to_the_sandbox_both_connect()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Place(["0003*210"], ["0003*00"]);
        Call second = world.Place(["0003*024"], ["0003*00"]);

        world.AdvanceTo(3);

        world.Current(first.Id).Phase.Should().Be(CallPhase.Connected);
        world.Current(second.Id).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void A_number_listed_twice_as_source_rings_once()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(["5354353", "5354353"], ["5353535"]);

        call.Sources.Should().ContainSingle();
        call.LegSummary().Should().Equal("5354353 Source Ringing");
    }
}
