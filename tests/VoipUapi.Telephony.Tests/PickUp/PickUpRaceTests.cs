using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.PickUp;

/// <summary>A pick-up and a hang-up of the same call at the same moment: one wins cleanly, and nothing is left ringing.</summary>
public sealed class PickUpRaceTests
{
    private const int Rounds = 300;

    [Fact]
    public void A_pick_up_racing_a_hang_up_of_the_same_call_leaves_no_phone_ringing()
    {
        int pickUpsFirst = 0;
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
            Call placed = world.Place(["0003*00"], ["0003*210"]);
            world.AdvanceTo(1);
            Outcome<Call, NetworkError>? picked = null;
            Outcome<Call, NetworkError>? hungUp = null;

            Race.Run(
                () => picked = world.Network.PickUp(new PickUpOrder(placed.Id, TestNetwork.Phone("0003*210"), TestNetwork.Phone("0003*024"))),
                () => hungUp = world.Network.HangUp(placed.Id));

            hungUp!.Succeeded.Should().BeTrue("the call is live until the hang-up, whichever comes first");
            Call ended = world.Current(placed.Id);
            ended.IsLive.Should().BeFalse();
            ended.Legs.Should().OnlyContain(leg => !leg.IsLive);
            world.Network.LiveCalls.Should().BeEmpty();
            world.Network.IsEngaged("0003*024").Should().BeFalse();
            world.Network.IsEngaged("0003*210").Should().BeFalse();
            if (picked!.Succeeded)
            {
                pickUpsFirst++;
                ended.LegSummary().Should().Equal("0003*00 Source HungUp", "0003*210 Destination PickedUp", "0003*024 Destination Cancelled");
            }
            else
            {
                picked.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
                ended.LegSummary().Should().Equal("0003*00 Source HungUp", "0003*210 Destination Cancelled");
            }
        }

        pickUpsFirst.Should().BeInRange(0, Rounds);
    }
}
