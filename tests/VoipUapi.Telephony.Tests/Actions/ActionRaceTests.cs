using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;

namespace VoipUapi.Telephony.Tests.Actions;

/// <summary>Two actions racing on one call end as one order or the other would, never a mix.</summary>
public sealed class ActionRaceTests
{
    private const int Rounds = 200;

    [Fact]
    public void A_park_racing_a_transfer_of_the_same_call_is_one_or_the_other()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call call = Connect(world);
            Outcome<Call, NetworkError>? parked = null;
            Outcome<Call, NetworkError>? transferred = null;

            Race.Run(
                () => parked = world.Network.Park(call.Id, Agent),
                () => transferred = world.Network.Transfer(new TransferOrder(call.Id, Agent, TestNetwork.Phone("0003*024"))));

            (parked!.Succeeded ^ transferred!.Succeeded).Should().BeTrue("the first to run changes what the other may do");
            Call after = world.Current(call.Id);
            if (parked.Succeeded)
            {
                after.Parking.Should().NotBeNull();
                after.Transfer.Should().BeNull();
                transferred.Error!.Code.Should().Be(NetworkErrorCode.CallStateInvalid, "the parker left the call, which is parked");
            }
            else
            {
                after.Transfer.Should().NotBeNull();
                after.Parking.Should().BeNull();
            }
        }
    }

    [Fact]
    public void A_hold_racing_a_hang_up_leaves_either_a_held_call_that_then_ends_or_an_ended_call_refusing_the_hold()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call call = Connect(world);
            Outcome<Call, NetworkError>? held = null;

            Race.Run(() => held = world.Network.Hold(call.Id, Agent), () => world.Network.HangUp(call.Id));

            Call ended = world.Current(call.Id);
            ended.Phase.Should().Be(CallPhase.Ended);
            ended.Hold.Should().BeNull("the holder's leg ended with the call");
            if (!held!.Succeeded)
            {
                held.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
            }
        }
    }
}
