using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>A callback call rings its destination first (the customer called back), then its source, then connects.</summary>
public sealed class CallbackCallTests
{
    [Fact]
    public void The_destination_rings_first_and_the_source_once_it_answered()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call placed = world.Network.PlaceCallbackCall(world.Order(["0003*210"], ["5353535"])).Value!;
        placed.Kind.Should().Be(CallKind.Callback);
        placed.LegSummary().Should().Equal("5353535 Destination Ringing");
        Perspectives.Of(placed).Single().State.Should().Be(PartyState.Trying, "0003*210 is not rung until the customer answers");
        world.AdvanceTo(3);
        world.Current(placed.Id).Phase.Should().Be(CallPhase.RingingSources);
        world.AdvanceTo(6);

        Call connected = world.Current(placed.Id);
        connected.Phase.Should().Be(CallPhase.Connected);
        connected.LegSummary().Should().Equal("5353535 Destination Answered", "0003*210 Source Answered");
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210", "0s LegRinging 5353535", "3s LegAnswered 5353535", "3s LegRinging 0003*210", "6s LegAnswered 0003*210", "6s CallConnected");
    }

    [Fact]
    public void A_destination_that_hangs_up_while_the_source_rings_ends_the_call_and_a_busy_destination_ends_it_at_once()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("5550002", Behaves.Busy).Build();
        Call placed = world.Network.PlaceCallbackCall(world.Order(["0003*210"], ["5353535"])).Value!;
        world.AdvanceTo(3);

        Call ended = world.Network.HangUp(placed.Id, "5353535").Value!;
        Call busy = world.Network.PlaceCallbackCall(world.Order(["0003*210"], ["5550002"])).Value!;

        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.LegSummary().Should().Equal("5353535 Destination HungUp", "0003*210 Source Cancelled");
        busy.Disposition.Should().Be(CallDisposition.Busy);
    }
}
