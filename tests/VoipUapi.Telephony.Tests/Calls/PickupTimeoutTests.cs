using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class PickupTimeoutTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    [Fact]
    public void Sources_that_never_answer_end_the_call_exactly_when_waitForPickup_runs_out()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.NeverAnswers).Build();
        Call call = world.Place(["5350001", "0003*024"], ["5353535"], waitForPickup: Seconds(20));

        world.Clock.AdvanceTo(At(20) - Tick);
        world.Current(call.Id).Phase.Should().Be(CallPhase.RingingSources);

        world.Clock.Advance(Tick);

        Call ended = world.Current(call.Id);
        ended.Phase.Should().Be(CallPhase.Ended);
        ended.Ended.Should().Be(At(20));
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.LegSummary().Should().Equal("5350001 Source NoAnswer", "0003*024 Source NoAnswer");
        ended.Legs.Should().OnlyContain(leg => leg.Ended == At(20));
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().ContainSingle().Which.Id.Should().Be(call.Id);
        world.Network.IsEngaged("0003*024").Should().BeFalse();
        world.Timeline(call.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 5350001",
            "0s LegRinging 0003*024",
            "20s LegEnded 5350001 NoAnswer",
            "20s LegEnded 0003*024 NoAnswer",
            "20s CallEnded NoAnswer");
    }

    [Fact]
    public void Destination_stage_waits_for_pickup_again_from_when_the_destination_starts_ringing()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5350001"], waitForPickup: Seconds(20));

        world.AdvanceTo(20);
        world.Current(placed.Id).Phase.Should().Be(CallPhase.RingingDestination, "the source answered at 3 s and the wait restarted");
        world.Clock.AdvanceTo(At(23) - Tick);
        world.Current(placed.Id).Phase.Should().Be(CallPhase.RingingDestination);

        world.Clock.Advance(Tick);

        Call ended = world.Current(placed.Id);
        ended.Ended.Should().Be(At(23));
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Answered.Should().BeNull();
        ended.LegSummary().Should().Equal("5354353 Source HungUp", "5350001 Destination NoAnswer");
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("5350001").Should().BeFalse();
        world.Timeline(placed.Id).TakeLast(3).Should().Equal(
            "23s LegEnded 5354353 HungUp",
            "23s LegEnded 5350001 NoAnswer",
            "23s CallEnded NoAnswer");
    }

    [Fact]
    public void A_source_answering_in_time_stops_the_sources_stage_timer()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"], waitForPickup: Seconds(5));

        world.AdvanceTo(100);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected, "the source answered at 3 s and the destination at 6 s, each within 5 s");
        call.Answered.Should().Be(At(6));
    }

    [Fact]
    public void A_manual_phone_rings_until_waitForPickup_runs_out()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("0003*024", new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero))
            .Build();
        Call placed = world.Place(["0003*024"], ["5353535"], waitForPickup: Seconds(8));

        world.AdvanceTo(8);

        Call call = world.Current(placed.Id);
        call.Ended.Should().Be(At(8));
        call.Leg("0003*024").State.Should().Be(LegState.NoAnswer);
    }

    [Fact]
    public void Without_waitForPickup_the_call_waits_the_default_of_25_seconds()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5350001"], ["5353535"]);

        placed.WaitForPickup.Should().Be(Seconds(25));
        world.Clock.AdvanceTo(At(25) - Tick);
        world.Current(placed.Id).IsLive.Should().BeTrue();
        world.AdvanceTo(25);
        world.Current(placed.Id).Ended.Should().Be(At(25));
    }

    [Fact]
    public void Without_waitForPickup_the_call_waits_the_configured_default()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.DefaultWaitForPickupSeconds = 7).Build();
        Call placed = world.Place(["5350001"], ["5353535"]);

        world.AdvanceTo(7);

        placed.WaitForPickup.Should().Be(Seconds(7));
        Call call = world.Current(placed.Id);
        call.Ended.Should().Be(At(7));
        call.Disposition.Should().Be(CallDisposition.NoAnswer);
    }
}
