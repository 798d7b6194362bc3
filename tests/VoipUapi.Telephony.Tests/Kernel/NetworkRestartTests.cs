using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Kernel;

/// <summary>A restart (the test kit's reuse of a network) leaves a network that looks new: no reset event, events from 1 again.</summary>
public sealed class NetworkRestartTests
{
    [Fact]
    public void After_a_restart_the_log_holds_no_event_of_before_and_numbers_the_next_one_1()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["4900000015"], ["0003*00"]);
        world.AdvanceTo(30);
        world.Network.Events.LastSequence.Should().BeGreaterThan(1);

        world.Network.Restart(idSeed: 1);

        world.Network.Events.LastSequence.Should().Be(0);
        world.Network.Events.After(0).Should().BeEmpty("a new network has recorded nothing, not even a reset");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().BeEmpty();
        Call placed = world.Place(["4900000015"], ["0003*00"]);
        world.Network.Events.After(0).Should().NotBeEmpty().And.AllSatisfy(e => e.CallId.Should().Be(placed.Id));
        world.Network.Events.After(0)[0].Sequence.Should().Be(1);
        world.Network.Events.Of(placed.Id).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_reader_following_the_log_is_told_it_started_over_then_reads_the_new_events_from_1()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["4900000015"], ["0003*00"]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using IAsyncEnumerator<EventBatch> reader = world.Network.Events.ReadAsync(world.Network.Events.LastSequence, cancellationToken: timeout.Token).GetAsyncEnumerator(timeout.Token);
        ValueTask<bool> first = reader.MoveNextAsync();

        world.Network.Restart(idSeed: 1);

        (await first).Should().BeTrue();
        reader.Current.StartedOver.Should().BeTrue();
        reader.Current.Events.Should().BeEmpty();
        Call placed = world.Place(["4900000015"], ["0003*00"]);
        (await reader.MoveNextAsync()).Should().BeTrue();
        reader.Current.StartedOver.Should().BeFalse();
        reader.Current.HasGap.Should().BeFalse();
        reader.Current.Events[0].Should().Match<NetworkEvent>(e => e.Sequence == 1 && e.CallId == placed.Id);
    }
}
