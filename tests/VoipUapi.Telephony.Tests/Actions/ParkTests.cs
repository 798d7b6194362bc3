using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Actions;

public sealed class ParkTests
{
    private static readonly PhoneAddress Desk = TestNetwork.Phone("0003*024");

    [Fact]
    public void A_parked_call_frees_the_parker_line_takes_the_first_free_position_and_unpark_rings_the_taker()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Call parked = world.Network.Park(call.Id, Agent, Seconds(30)).Value!;

        parked.Parking.Should().Be(new CallParking(1, Agent, 0, At(6), Seconds(30)));
        parked.Phase.Should().Be(CallPhase.Connected);
        world.Network.IsEngaged("0003*210").Should().BeFalse("a parked call leaves its phone's line free");
        Perspectives.Of(parked).Single().Should().Match<Perspective>(p => p.State == PartyState.Talking && p.Parking!.Position == 1);

        world.Network.UnPark(call.Id, Desk, waitForPickup: Seconds(20));
        world.AdvanceTo(9);

        Call taken = world.Current(call.Id);
        taken.Parking.Should().BeNull();
        taken.LegSummary().Should().Equal("0003*210 Source Parked", "5353535 Destination Answered", "0003*024 Added Answered");
        world.Timeline(call.Id).Skip(6).Should().Equal(
            "6s LegEnded 0003*210 Parked", "6s CallParked 0003*210 position 1 for 30s", "6s LegRinging 0003*024", "9s LegAnswered 0003*024", "9s CallUnparked 0003*024");
    }

    [Fact]
    public void When_the_time_in_the_lot_runs_out_the_parker_rings_again_and_an_unanswered_parker_ends_the_call()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.AnswersAfter(3)).Build();
        Call call = Connect(world);
        world.Network.Park(call.Id, Agent, Seconds(30));

        world.AdvanceTo(39);

        Call back = world.Current(call.Id);
        back.Parking.Should().BeNull();
        back.LegSummary().Should().Equal("0003*210 Source Parked", "5353535 Destination Answered", "0003*210 Added Answered");
    }

    [Fact]
    public void A_parker_that_does_not_answer_when_the_lot_time_runs_out_ends_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        world.Network.Park(call.Id, Agent, Seconds(30));
        world.Network.OverrideBehaviour(Agent, Behaves.NeverAnswers);

        world.AdvanceTo(36 + 25);

        Call ended = world.Current(call.Id);
        ended.Phase.Should().Be(CallPhase.Ended);
        ended.Disposition.Should().Be(CallDisposition.Answered);
        ended.LegSummary().Should().Equal("0003*210 Source Parked", "5353535 Destination HungUp", "0003*210 Added NoAnswer");
    }

    [Fact]
    public void An_unanswered_unpark_returns_the_call_to_the_lot_and_two_parked_calls_take_two_positions()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.NeverAnswers).Build();
        Call first = Connect(world);
        world.Network.Park(first.Id, Agent, Seconds(300));
        Call second = world.Network.PlaceSimpleCall(world.Order(["0003*210"], ["5354353"])).Value!;
        world.AdvanceTo(12);
        world.Network.Park(second.Id, Agent).Value!.Parking!.Position.Should().Be(2);

        world.Network.UnPark(first.Id, Desk, waitForPickup: Seconds(10));
        world.AdvanceTo(22);

        Call stillParked = world.Current(first.Id);
        stillParked.Parking!.Position.Should().Be(1);
        stillParked.Leg("0003*024").State.Should().Be(LegState.NoAnswer);
        world.Network.UnPark(second.Id, Desk).Error.Should().BeNull();
        world.Network.UnPark(second.Id, TestNetwork.Phone("0003*00")).Error!.Message.Should().Be($"call {second.Id} already rings 0003*024 to leave the parking lot; wait for it to answer or give up.");
    }

    [Fact]
    public void Only_a_connected_call_is_parked_and_only_a_parked_one_unparked()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        world.Network.UnPark(call.Id, Desk).Error!.Message.Should().Be($"call {call.Id} is not parked; only a parked call (Park) can be unparked.");
        world.Network.Park(call.Id, TestNetwork.Phone("0003*024")).Error!.Code.Should().Be(NetworkErrorCode.PhoneNotInCall);
        world.Network.Park(call.Id, Agent);
        world.Network.Park(call.Id, Customer).Error!.Message.Should().Be($"call {call.Id} cannot take a park: it is parked at position 1 by 0003*210.");
    }

    [Fact]
    public void The_parker_that_acts_on_its_parked_call_is_told_the_call_is_parked_not_that_it_is_no_party()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        world.Network.Park(call.Id, Agent);

        Outcome<Call, NetworkError> hold = world.Network.Hold(call.Id, Agent);
        Outcome<Call, NetworkError> retrieve = world.Network.Retrieve(call.Id, Agent);

        hold.Error.Should().Be(new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {call.Id} cannot take a hold: it is parked at position 1 by 0003*210."));
        retrieve.Error!.Message.Should().Be($"call {call.Id} cannot take an off-hold: it is parked at position 1 by 0003*210.");
    }
}
