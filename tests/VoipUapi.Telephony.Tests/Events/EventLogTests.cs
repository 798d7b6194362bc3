using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Events;

public sealed class EventLogTests
{
    private static readonly CallId SomeCall = new("0123456789abcdef0123");

    [Fact]
    public void Network_events_are_numbered_from_one_without_gaps()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(6);

        IReadOnlyList<NetworkEvent> events = world.Network.Events.After(0);

        events.Select(e => e.Sequence).Should().Equal(1, 2, 3, 4, 5, 6);
        world.Network.Events.LastSequence.Should().Be(6);
    }

    [Fact]
    public void After_returns_the_events_following_a_sequence_number_oldest_first()
    {
        var log = new EventLog(10);
        Append(log, 5);

        log.After(2).Select(e => e.Sequence).Should().Equal(3, 4, 5);
        log.After(5).Should().BeEmpty();
        log.After(-7).Select(e => e.Sequence).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void Appended_event_keeps_what_it_was_given()
    {
        var log = new EventLog(10);

        NetworkEvent appended = log.Append(new NetworkEvent(0, At(4), NetworkEventKind.LegEnded, SomeCall, "5354353", new LegEndedPayload(LegState.Busy)));

        log.After(0).Should().Equal(new NetworkEvent(1, At(4), NetworkEventKind.LegEnded, SomeCall, "5354353", new LegEndedPayload(LegState.Busy)));
        appended.Should().Be(log.After(0)[0]);
        appended.Detail.Should().Be("Busy");
    }

    [Fact]
    public void A_full_log_drops_its_oldest_events()
    {
        var log = new EventLog(3);

        Append(log, 5);

        log.LastSequence.Should().Be(5);
        log.After(0).Select(e => e.Sequence).Should().Equal(3, 4, 5);
        log.After(1).Select(e => e.Sequence).Should().Equal(3, 4, 5);
        log.After(4).Select(e => e.Sequence).Should().Equal(5);
    }

    [Fact]
    public void A_log_must_hold_at_least_one_event()
    {
        Action create = () => _ = new EventLog(0);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task WaitAfterAsync_completes_when_the_next_event_is_appended()
    {
        var log = new EventLog(10);
        Append(log, 2);
        using var cancellation = new CancellationTokenSource();

        Task waiting = log.WaitAfterAsync(2, cancellation.Token);
        waiting.IsCompleted.Should().BeFalse();
        Append(log, 1);

        await waiting;
        log.After(2).Select(e => e.Sequence).Should().Equal(3);
    }

    [Fact]
    public async Task WaitAfterAsync_completes_when_the_clock_makes_the_network_change()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        world.Place(["5354353"], ["5353535"]);
        long seen = world.Network.Events.LastSequence;
        Task waiting = world.Network.Events.WaitAfterAsync(seen, CancellationToken.None);
        waiting.IsCompleted.Should().BeFalse();

        world.AdvanceTo(3);

        await waiting;
        world.Network.Events.After(seen)[0].Kind.Should().Be(NetworkEventKind.LegAnswered);
    }

    [Fact]
    public void WaitAfterAsync_is_already_complete_when_a_later_event_exists()
    {
        var log = new EventLog(10);
        Append(log, 3);

        log.WaitAfterAsync(2, CancellationToken.None).IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task WaitAfterAsync_stops_waiting_when_cancelled()
    {
        var log = new EventLog(10);
        using var cancellation = new CancellationTokenSource();
        Task waiting = log.WaitAfterAsync(0, cancellation.Token);

        await cancellation.CancelAsync();

        Func<Task> wait = () => waiting;
        await wait.Should().ThrowAsync<OperationCanceledException>();
        log.LastSequence.Should().Be(0);
    }

    [Fact]
    public void WaitAfterAsync_does_not_complete_for_an_event_at_or_below_the_sequence_it_waits_past()
    {
        // A reader whose cursor is ahead of the log (a client reconnecting with a Last-Event-ID from before a
        // restart) waits past 5 while the log is at 2: event 3 is not "an event with a sequence number above 5".
        var log = new EventLog(10);
        Append(log, 2);
        Task waiting = log.WaitAfterAsync(5, CancellationToken.None);

        Append(log, 1);

        waiting.IsCompleted.Should().BeFalse("only event 6 or later is above 5; the log is at {0}", log.LastSequence);
    }

    private static void Append(EventLog log, int count)
    {
        for (int i = 0; i < count; i++)
        {
            log.Append(new NetworkEvent(0, At(i), NetworkEventKind.LegRinging, SomeCall, "5354353"));
        }

        log.WakeReaders();
    }
}
