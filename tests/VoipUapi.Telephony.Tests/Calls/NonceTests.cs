using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class NonceTests
{
    [Fact]
    public void A_nonce_carried_by_a_live_call_is_refused_and_nothing_is_rung()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Place(["5354353"], ["5353535"], nonce: "crm-42");
        long last = world.Network.Events.LastSequence;

        Outcome<Call, NetworkError> second = world.TryPlace(["5302040"], ["5353535"], nonce: "crm-42");

        second.Succeeded.Should().BeFalse();
        second.Value.Should().BeNull();
        second.Error!.Code.Should().Be(NetworkErrorCode.NonceInUse);
        second.Error.Message.Should().Contain("crm-42").And.Contain(first.Id.Value);
        world.Network.LiveCalls.Should().ContainSingle().Which.Id.Should().Be(first.Id);
        world.Network.Events.LastSequence.Should().Be(last);
        world.Network.IsEngaged("5302040").Should().BeFalse();
    }

    [Fact]
    public void A_nonce_is_free_again_once_its_call_is_hung_up()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Place(["5354353"], ["5353535"], nonce: "crm-42");
        world.Network.HangUp(first.Id);

        Outcome<Call, NetworkError> second = world.TryPlace(["5354353"], ["5353535"], nonce: "crm-42");

        second.Succeeded.Should().BeTrue();
        second.Value!.Nonce.Should().Be("crm-42");
        second.Value.Id.Should().NotBe(first.Id);
    }

    [Fact]
    public void A_nonce_is_free_again_once_its_call_times_out()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["5350001"], ["5353535"], waitForPickup: TestTime.Seconds(10), nonce: "crm-42");
        world.TryPlace(["5302040"], ["5353535"], nonce: "crm-42").Succeeded.Should().BeFalse();

        world.AdvanceTo(10);

        world.TryPlace(["5302040"], ["5353535"], nonce: "crm-42").Succeeded.Should().BeTrue();
    }

    [Fact]
    public void A_call_that_fails_as_it_is_placed_does_not_hold_its_nonce()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["5350002"], ["5353535"], nonce: "crm-42").Phase.Should().Be(CallPhase.Ended);

        world.TryPlace(["5354353"], ["5353535"], nonce: "crm-42").Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Different_nonces_and_calls_without_one_do_not_conflict()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        world.Place(["5350101"], ["5353535"], nonce: "a");
        world.Place(["5350102"], ["5353535"], nonce: "b");
        world.Place(["5350103"], ["5353535"]);
        world.Place(["5350104"], ["5353535"]);

        world.Network.LiveCalls.Should().HaveCount(4);
        world.Network.LiveCalls.Select(call => call.Nonce).Should().BeEquivalentTo(["a", "b", null, null]);
    }
}
