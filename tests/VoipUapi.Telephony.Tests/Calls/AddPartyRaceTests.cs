using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>Adding a party racing the end of the call ends as one order or the other would, never with a party left behind.</summary>
public sealed class AddPartyRaceTests
{
    private const int Rounds = 200;

    [Fact]
    public void A_party_added_while_the_call_is_hung_up_joins_before_the_end_or_is_refused()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call placed = world.Place(["5354353"], ["5353535"]);
            world.AdvanceTo(6);
            Outcome<Call, NetworkError>? added = null;

            Race.Run(
                () => added = world.Network.AddParty(new AddPartyOrder(placed.Id, TestNetwork.Phone("0003*024"), new CallerId("John Doe", "4242425"))),
                () => world.Network.HangUp(placed.Id));

            Call ended = world.Current(placed.Id);
            ended.Phase.Should().Be(CallPhase.Ended);
            world.Network.IsEngaged("0003*024").Should().BeFalse("an ended call holds no line");
            string outcome = added!.Succeeded ? string.Join(", ", ended.LegSummary()) : added.Error!.Code.ToString();
            outcome.Should().BeOneOf(
                "5354353 Source HungUp, 5353535 Destination HungUp, 0003*024 Added Cancelled",
                nameof(NetworkErrorCode.CallNotFound));
            seen.Add(outcome);
        }

        seen.Should().NotBeEmpty();
    }
}
