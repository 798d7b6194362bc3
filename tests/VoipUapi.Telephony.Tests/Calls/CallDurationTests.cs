using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class CallDurationTests
{
    [Fact]
    public void Connected_call_ends_exactly_callDuration_after_it_connected()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"], duration: Seconds(60));

        world.Clock.AdvanceTo(At(66) - TimeSpan.FromTicks(1));
        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);

        world.AdvanceTo(66);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Ended);
        call.Answered.Should().Be(At(6));
        call.Ended.Should().Be(At(66));
        call.Disposition.Should().Be(CallDisposition.Answered);
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination HungUp");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("5353535").Should().BeFalse();
        world.Timeline(placed.Id).TakeLast(3).Should().Equal(
            "66s LegEnded 5354353 HungUp",
            "66s LegEnded 5353535 HungUp",
            "66s CallEnded Answered");
    }

    [Fact]
    public void Time_spent_ringing_does_not_count_towards_callDuration()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfter(10))
            .WithPhone("5353535", Behaves.AnswersAfter(15))
            .Build();
        Call placed = world.Place(["5354353"], ["5353535"], duration: Seconds(20));

        world.AdvanceTo(44);
        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
        world.AdvanceTo(45);

        world.Current(placed.Id).Ended.Should().Be(At(45));
    }

    [Fact]
    public void Without_callDuration_a_connected_call_lasts_the_default_hour()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        placed.Duration.Should().Be(TimeSpan.FromHours(1));
        world.AdvanceTo(3605);
        world.Current(placed.Id).IsLive.Should().BeTrue();
        world.AdvanceTo(3606);
        world.Current(placed.Id).Ended.Should().Be(At(3606));
    }

    [Fact]
    public void Without_callDuration_a_connected_call_lasts_the_configured_default()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.DefaultCallDurationSeconds = 30).Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        world.AdvanceTo(100);

        Call call = world.Current(placed.Id);
        call.Duration.Should().Be(Seconds(30));
        call.Ended.Should().Be(At(36));
        call.Disposition.Should().Be(CallDisposition.Answered);
    }
}
