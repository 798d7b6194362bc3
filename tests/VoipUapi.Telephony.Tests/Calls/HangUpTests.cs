using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class HangUpTests
{
    [Fact]
    public void Hanging_up_a_ringing_call_ends_it_unanswered_and_frees_every_phone()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "0003*024"], ["5353535"]);
        world.AdvanceTo(1);

        Outcome<Call, NetworkError> result = world.Network.HangUp(placed.Id);

        result.Succeeded.Should().BeTrue();
        Call call = result.Value!;
        call.Phase.Should().Be(CallPhase.Ended);
        call.Ended.Should().Be(At(1));
        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.LegSummary().Should().Equal("5354353 Source Cancelled", "0003*024 Source Cancelled");
        world.Network.FindLiveCall(placed.Id).Should().BeNull();
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().ContainSingle().Which.Should().BeSameAs(call);
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("0003*024").Should().BeFalse();
        world.Timeline(placed.Id).TakeLast(3).Should().Equal(
            "1s LegEnded 5354353 Cancelled",
            "1s LegEnded 0003*024 Cancelled",
            "1s CallEnded NoAnswer");
    }

    [Fact]
    public void A_hung_up_call_stays_ended_when_its_timers_would_have_fired()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.Network.HangUp(placed.Id);
        long last = world.Network.Events.LastSequence;

        world.AdvanceTo(3600);

        world.Network.Events.LastSequence.Should().Be(last);
        world.Network.LiveCalls.Should().BeEmpty();
        world.Current(placed.Id).LegSummary().Should().Equal("5354353 Source Cancelled");
    }

    [Fact]
    public void Hanging_up_while_the_destination_rings_ends_the_call_unanswered()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(4);

        Call call = world.Network.HangUp(placed.Id).Value!;

        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.Ended.Should().Be(At(4));
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination Cancelled");
    }

    [Fact]
    public void Hanging_up_a_connected_call_ends_it_answered()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(10);

        Call call = world.Network.HangUp(placed.Id).Value!;

        call.Disposition.Should().Be(CallDisposition.Answered);
        call.Answered.Should().Be(At(6));
        call.Ended.Should().Be(At(10));
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination HungUp");
        call.Legs.Should().OnlyContain(leg => leg.Ended == At(10));
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("5353535").Should().BeFalse();
    }

    [Theory]
    [InlineData("5354353")]
    [InlineData("5353535")]
    public void One_party_hanging_up_ends_a_connected_call(string party)
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(10);

        Outcome<Call, NetworkError> result = world.Network.HangUp(placed.Id, party);

        result.Succeeded.Should().BeTrue();
        Call call = result.Value!;
        call.Phase.Should().Be(CallPhase.Ended);
        call.Disposition.Should().Be(CallDisposition.Answered);
        call.Ended.Should().Be(At(10));
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination HungUp");
        world.Timeline(placed.Id).TakeLast(3).Should().Equal(
            $"10s LegEnded {party} HungUp",
            $"10s LegEnded {(party == "5354353" ? "5353535" : "5354353")} HungUp",
            "10s CallEnded Answered");
        world.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public void One_of_two_ringing_sources_hanging_up_leaves_the_other_ringing()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);
        world.AdvanceTo(1);

        Outcome<Call, NetworkError> result = world.Network.HangUp(placed.Id, "5354353");

        result.Succeeded.Should().BeTrue();
        Call call = result.Value!;
        call.Phase.Should().Be(CallPhase.RingingSources);
        call.LegSummary().Should().Equal("5354353 Source Cancelled", "5302040 Source Ringing");
        call.Leg("5354353").Ended.Should().Be(At(1));
        world.Network.FindLiveCall(placed.Id).Should().BeSameAs(call);
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("5302040").Should().BeTrue();

        world.AdvanceTo(6);

        Call connected = world.Current(placed.Id);
        connected.Phase.Should().Be(CallPhase.Connected);
        connected.LegSummary().Should().Equal("5354353 Source Cancelled", "5302040 Source Answered", "5353535 Destination Answered");
    }

    [Fact]
    public void The_last_ringing_source_hanging_up_ends_the_call_unanswered()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);
        world.Network.HangUp(placed.Id, "5354353");

        Call call = world.Network.HangUp(placed.Id, "5302040").Value!;

        call.Phase.Should().Be(CallPhase.Ended);
        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.LegSummary().Should().Equal("5354353 Source Cancelled", "5302040 Source Cancelled");
        world.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public void The_ringing_destination_hanging_up_ends_the_call_unanswered()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(4);

        Call call = world.Network.HangUp(placed.Id, "5353535").Value!;

        call.Ended.Should().Be(At(4));
        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination Cancelled");
    }

    [Fact]
    public void The_answered_source_hanging_up_while_the_destination_rings_ends_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(4);

        Call call = world.Network.HangUp(placed.Id, "5354353").Value!;

        call.Disposition.Should().Be(CallDisposition.NoAnswer);
        call.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination Cancelled");
        world.Network.IsEngaged("5353535").Should().BeFalse();
    }

    [Theory]
    [InlineData("0003*024")]
    [InlineData("5302040")]
    public void A_phone_that_is_not_a_live_party_is_refused_and_nothing_changes(string phone)
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("5302040", Behaves.AnswersAfter(5)).Build();
        Call placed = world.Place(["5354353", "5302040"], ["5353535"]);
        world.AdvanceTo(4);
        Call before = world.Current(placed.Id);
        before.Leg("5302040").State.Should().Be(LegState.Cancelled, "5302040 lost the race to answer");
        long last = world.Network.Events.LastSequence;

        Outcome<Call, NetworkError> result = world.Network.HangUp(placed.Id, phone);

        result.Error!.Code.Should().Be(NetworkErrorCode.PhoneNotInCall);
        world.Network.FindLiveCall(placed.Id).Should().BeSameAs(before);
        world.Network.Events.LastSequence.Should().Be(last);
    }

    [Fact]
    public void Hanging_up_an_unknown_call_reports_it_not_found()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["5354353"], ["5353535"]);
        long last = world.Network.Events.LastSequence;

        Outcome<Call, NetworkError> result = world.Network.HangUp(new CallId("0123456789abcdef0123"));

        result.Succeeded.Should().BeFalse();
        result.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        world.Network.LiveCalls.Should().ContainSingle();
        world.Network.Events.LastSequence.Should().Be(last);
    }

    [Fact]
    public void Hanging_up_a_call_that_already_ended_reports_it_not_found()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.Network.HangUp(placed.Id);

        Outcome<Call, NetworkError> again = world.Network.HangUp(placed.Id);
        Outcome<Call, NetworkError> party = world.Network.HangUp(placed.Id, "5354353");

        again.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        party.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        world.Network.EndedCalls.Should().ContainSingle();
        world.EventsOf(placed.Id).Count(e => e.Kind == NetworkEventKind.CallEnded).Should().Be(1);
    }
}
