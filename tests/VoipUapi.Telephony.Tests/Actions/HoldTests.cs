using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Actions;

public sealed class HoldTests
{
    [Fact]
    public void On_hold_the_other_party_hears_music_the_holder_line_is_held_and_off_hold_ends_it()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        world.AdvanceTo(8);

        Call held = world.Network.Hold(call.Id, Agent).Value!;

        held.Hold.Should().Be(new CallHold(0, At(8)));
        world.Network.StatusOf(Agent).Lines.Single().State.Should().Be(LineState.Held);
        world.Network.StatusOf(Customer).Lines.Single().State.Should().Be(LineState.Active, "the other party's line stays in use");
        Perspectives.Of(held).Single().Should().Match<Perspective>(p => p.OnHold == At(8) && p.IsHolder);
        world.AdvanceTo(10);
        world.Network.Retrieve(call.Id, Agent).Value!.Hold.Should().BeNull();
        world.Timeline(call.Id).TakeLast(2).Should().Equal("8s CallHeld 0003*210 music for 5353535", "10s CallRetrieved 0003*210");
    }

    [Fact]
    public void Off_hold_of_a_call_not_on_hold_or_by_another_party_is_refused_naming_its_state()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Outcome<Call, NetworkError> notHeld = world.Network.Retrieve(call.Id, Agent);
        world.Network.Hold(call.Id, Customer);
        Outcome<Call, NetworkError> byOther = world.Network.Retrieve(call.Id, Agent);
        Outcome<Call, NetworkError> twice = world.Network.Hold(call.Id, Agent);

        notHeld.Error!.Message.Should().Be($"call {call.Id} is not on hold: 0003*210, 5353535 talk on it; only a call put on hold (OnHold) can be taken off hold.");
        byOther.Error!.Message.Should().Be($"call {call.Id} was put on hold by 5353535, not 0003*210; the party that held it takes it off hold.");
        twice.Error!.Code.Should().Be(NetworkErrorCode.CallStateInvalid);
        twice.Error.Message.Should().StartWith($"call {call.Id} is already on hold, by 5353535 since");
    }

    [Fact]
    public void A_ringing_call_cannot_be_held_and_a_holder_that_hangs_up_ends_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call ringing = world.Place(["0003*210"], ["5353535"]);

        world.Network.Hold(ringing.Id, Agent).Error!.Code.Should().Be(NetworkErrorCode.CallNotConnected);
        world.AdvanceTo(6);
        world.Network.Hold(ringing.Id, Agent);
        Call ended = world.Network.HangUp(ringing.Id, "0003*210").Value!;

        ended.Phase.Should().Be(CallPhase.Ended);
        ended.Hold.Should().BeNull();
    }
}
