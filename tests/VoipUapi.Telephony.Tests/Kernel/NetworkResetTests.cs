using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;

namespace VoipUapi.Telephony.Tests.Kernel;

/// <summary>A reset forgets every call at once: one event, whatever the number of calls, and nothing of them left behind.</summary>
public sealed class NetworkResetTests
{
    private const int RingingCalls = 500;

    [Fact]
    public void A_reset_drops_every_live_call_with_one_event_not_an_end_per_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        PlaceRingingCalls(world);
        long before = world.Network.Events.LastSequence;

        world.Network.Reset(idSeed: 1);

        world.Network.Events.After(before).Should().ContainSingle().Which.Should().Match<NetworkEvent>(e =>
            e.Kind == NetworkEventKind.NetworkReset && e.CallId == null && e.Detail == $"{RingingCalls} live calls dropped");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().BeEmpty("a reset forgets the ended calls too");
    }

    [Fact]
    public void After_a_reset_no_timer_of_a_dropped_call_fires_and_their_lines_rooms_and_parking_places_are_free()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call parked = Connect(world);
        world.Network.Park(parked.Id, Agent).Succeeded.Should().BeTrue();
        PlaceRingingCalls(world);
        world.Invite(["5354353"], number: "3", pin: "2233");
        world.AdvanceTo(20);
        world.Room().Should().NotBeEmpty();

        world.Network.Reset(idSeed: 1);
        long afterReset = world.Network.Events.LastSequence;
        world.AdvanceTo(86_400);

        world.Network.Events.After(afterReset).Should().BeEmpty("the dropped calls' ring, answer, hang-up and parking timers are gone");
        world.Room().Should().BeEmpty();
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.IsEngaged("49000000015").Should().BeFalse();
        Call again = world.Network.PlaceSimpleCall(world.Order(["0003*210"], ["5353535"])).Value!;
        world.AdvanceTo(86_406);
        world.Network.Park(again.Id, Agent).Value!.Parking!.Position.Should().Be(1, "the lot was emptied with the calls");
    }

    private static void PlaceRingingCalls(TestNetwork world)
    {
        for (int i = 1; i <= RingingCalls; i++)
        {
            world.Place([$"49{i:D8}5"], ["0003*00"]);
        }
    }
}
