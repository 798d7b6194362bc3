using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>Phones whose behaviour hangs up a set time after they answer.</summary>
public sealed class PhoneHangsUpByItselfTests
{
    [Fact]
    public void Source_hanging_up_ends_the_connected_call()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfterThenHangsUpAfter(3, 10))
            .Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        world.AdvanceTo(12);
        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
        world.AdvanceTo(13);

        Call call = world.Current(placed.Id);
        call.Ended.Should().Be(At(13));
        call.Disposition.Should().Be(CallDisposition.Answered);
        call.Answered.Should().Be(At(6));
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination HungUp");
        world.Network.IsEngaged("5353535").Should().BeFalse();
        world.Timeline(placed.Id).TakeLast(3).Should().Equal(
            "13s LegEnded 5354353 HungUp",
            "13s LegEnded 5353535 HungUp",
            "13s CallEnded Answered");
    }

    [Fact]
    public void Destination_hanging_up_ends_the_connected_call()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5353535", Behaves.AnswersAfterThenHangsUpAfter(3, 4))
            .Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        world.AdvanceTo(60);

        Call call = world.Current(placed.Id);
        call.Ended.Should().Be(At(10));
        call.Disposition.Should().Be(CallDisposition.Answered);
        call.Leg("5353535").Ended.Should().Be(At(10));
    }

    [Fact]
    public void Source_hanging_up_before_the_destination_answers_ends_the_call_unanswered()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfterThenHangsUpAfter(3, 2))
            .Build();
        Call placed = world.Place(["5354353"], ["5353535"]);

        world.AdvanceTo(60);

        Call call = world.Current(placed.Id);
        call.Ended.Should().Be(At(5));
        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.Answered.Should().BeNull();
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination Cancelled");
        world.Timeline(placed.Id).Should().NotContain(line => line.Contains("LegAnswered 5353535", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_that_already_ended_is_not_touched_when_the_phone_would_have_hung_up()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", Behaves.AnswersAfterThenHangsUpAfter(3, 100))
            .Build();
        Call placed = world.Place(["5354353"], ["5353535"], duration: Seconds(10));
        world.AdvanceTo(16);
        world.Current(placed.Id).Ended.Should().Be(At(16));
        long last = world.Network.Events.LastSequence;

        world.AdvanceTo(200);

        world.Network.Events.LastSequence.Should().Be(last);
        world.Current(placed.Id).Disposition.Should().Be(CallDisposition.Answered);
    }
}
