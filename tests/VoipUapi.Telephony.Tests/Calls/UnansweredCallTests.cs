using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>Busy, rejecting and unreachable phones, seeded as public numbers ending 0002, 0003 and 0004.</summary>
public sealed class UnansweredCallTests
{
    [Theory]
    [InlineData("5350002", LegState.Busy, CallDisposition.Busy)]
    [InlineData("5350003", LegState.Rejected, CallDisposition.Failed)]
    [InlineData("5350004", LegState.Unreachable, CallDisposition.Failed)]
    public void Destination_that_cannot_take_the_call_ends_it_when_the_source_answers(
        string destination, LegState destinationLeg, CallDisposition disposition)
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], [destination]);

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Ended);
        call.Disposition.Should().Be(disposition);
        call.Ended.Should().Be(At(3));
        call.Answered.Should().BeNull();
        call.LegSummary().Should().Equal("5354353 Source HungUp", $"{destination} Destination {destinationLeg}");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().ContainSingle().Which.Id.Should().Be(placed.Id);
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegRinging 5354353",
            "3s LegAnswered 5354353",
            $"3s LegEnded {destination} {destinationLeg}",
            "3s LegEnded 5354353 HungUp",
            $"3s CallEnded {disposition}");
    }

    [Theory]
    [InlineData("5350002", LegState.Busy, CallDisposition.Busy)]
    [InlineData("5350003", LegState.Rejected, CallDisposition.Failed)]
    [InlineData("5350004", LegState.Unreachable, CallDisposition.Failed)]
    public void Source_that_cannot_take_the_call_ends_it_as_it_is_placed(
        string source, LegState sourceLeg, CallDisposition disposition)
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<Call, NetworkError> result = world.TryPlace([source], ["5353535"]);

        result.Succeeded.Should().BeTrue("a call that fails is still a call that was placed");
        Call call = result.Value!;
        call.Phase.Should().Be(CallPhase.Ended);
        call.Disposition.Should().Be(disposition);
        call.Published.Should().Be(At(0));
        call.Ended.Should().Be(At(0));
        call.LegSummary().Should().Equal($"{source} Source {sourceLeg}");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().ContainSingle().Which.Id.Should().Be(call.Id);
        world.Timeline(call.Id).Should().Equal(
            "0s CallPublished 0003*210",
            $"0s LegEnded {source} {sourceLeg}",
            $"0s CallEnded {disposition}");
    }

    [Theory]
    [InlineData(new[] { "5350003", "5350002" }, CallDisposition.Busy)]
    [InlineData(new[] { "5350003", "5350004" }, CallDisposition.Failed)]
    public void When_every_source_fails_a_busy_one_makes_the_call_busy(string[] sources, CallDisposition disposition)
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = world.Place(sources, ["5353535"]);

        call.Disposition.Should().Be(disposition);
    }

    [Fact]
    public void A_busy_source_does_not_stop_the_other_sources_from_ringing()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5350002", "5354353"], ["5353535"]);

        placed.LegSummary().Should().Equal("5350002 Source Busy", "5354353 Source Ringing");
        world.AdvanceTo(6);

        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void A_busy_destination_does_not_stop_the_other_destinations_from_ringing()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5350002", "5353535"]);

        world.AdvanceTo(6);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected);
        call.LegSummary().Should().Equal(
            "5354353 Source Answered",
            "5350002 Destination Busy",
            "5353535 Destination Answered");
    }

    [Fact]
    public void A_one_line_phone_ringing_for_one_call_is_busy_for_another()
    {
        using TestNetwork world = new NetworkBuilder().WithLines("0003*024", 1).Build();
        Call first = world.Place(["0003*024"], ["5353535"]);
        world.Network.IsEngaged("0003*024").Should().BeTrue();

        Call second = world.Place(["0003*024"], ["5353535"]);

        second.Phase.Should().Be(CallPhase.Ended);
        second.Disposition.Should().Be(CallDisposition.Busy);
        second.LegSummary().Should().Equal("0003*024 Source Busy");
        Call stillRinging = world.Current(first.Id);
        stillRinging.LegSummary().Should().Equal("0003*024 Source Ringing");
        world.Network.IsEngaged("0003*024").Should().BeTrue();
        world.Network.LiveCalls.Should().ContainSingle().Which.Id.Should().Be(first.Id);
    }

    [Fact]
    public void A_one_line_phone_talking_on_one_call_is_busy_as_the_destination_of_another()
    {
        using TestNetwork world = new NetworkBuilder().WithLines("0003*024", 1).Build();
        Call talking = world.Place(["5354353"], ["0003*024"]);
        world.AdvanceTo(6);
        world.Current(talking.Id).Phase.Should().Be(CallPhase.Connected);
        Call second = world.Place(["5302040"], ["0003*024"]);

        world.AdvanceTo(9);

        Call call = world.Current(second.Id);
        call.Disposition.Should().Be(CallDisposition.Busy);
        call.Leg("0003*024").State.Should().Be(LegState.Busy);
        world.Current(talking.Id).Phase.Should().Be(CallPhase.Connected);
        world.Network.IsEngaged("0003*024").Should().BeTrue("the first call still holds it");
    }

    [Fact]
    public void A_phone_is_free_again_once_its_call_ends()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Place(["0003*024"], ["5353535"]);
        world.Network.HangUp(first.Id);

        Call second = world.Place(["0003*024"], ["5353535"]);

        world.Network.IsEngaged("0003*024").Should().BeTrue();
        second.LegSummary().Should().Equal("0003*024 Source Ringing");
    }

    [Fact]
    public void A_source_that_is_also_the_destination_finds_itself_busy()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["0003*024"], ["0003*024"]);

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.Disposition.Should().Be(CallDisposition.Busy);
        call.LegSummary().Should().Equal("0003*024 Source HungUp", "0003*024 Destination Busy");
        world.Network.IsEngaged("0003*024").Should().BeFalse();
    }
}
