using VoipUapi.Telephony.Kernel;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Events;

/// <summary>Events carry the call as its command committed it, and one reader follows the log with gaps reported.</summary>
public sealed class EventReadingTests
{
    private static readonly CallId SomeCall = new("0123456789abcdef0123");

    [Fact]
    public void Each_event_carries_its_call_as_the_command_that_made_it_committed_it()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(3);

        IReadOnlyList<NetworkEvent> events = world.EventsOf(placed.Id);

        events.Take(2).Should().OnlyContain(e => ReferenceEquals(e.Call, placed), "the placing command committed the call once");
        NetworkEvent answered = events.Single(e => e.Kind == NetworkEventKind.LegAnswered);
        answered.Call!.Phase.Should().Be(CallPhase.RingingDestination);
        answered.Call.Leg("5353535").State.Should().Be(LegState.Ringing, "the answer at 3 s rang the destination in the same step");
        answered.Payload.Should().BeNull();
        events.Single(e => e.Kind == NetworkEventKind.LegRinging && e.Phone == "5353535").Call.Should().BeSameAs(answered.Call);
    }

    [Fact]
    public void Ended_legs_and_calls_say_how_in_typed_payloads()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("5353535", Behaves.Busy).Build();

        Call placed = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(3);

        IReadOnlyList<NetworkEvent> events = world.EventsOf(placed.Id);
        events.Single(e => e.Kind == NetworkEventKind.LegEnded && e.Phone == "5353535").Payload.Should().Be(new LegEndedPayload(LegState.Busy));
        events.Single(e => e.Kind == NetworkEventKind.CallEnded).Payload.Should().Be(new CallEndedPayload(CallDisposition.Busy));
        events[^1].Call!.Phase.Should().Be(CallPhase.Ended);
    }

    [Fact]
    public async Task A_reader_gets_what_follows_its_cursor_and_is_told_of_events_dropped_before_it_read_them()
    {
        var log = new EventLog(3);
        Append(log, 2);
        using var stop = new CancellationTokenSource();
        await using IAsyncEnumerator<EventBatch> reader = log.ReadAsync(after: 1, cancellationToken: stop.Token).GetAsyncEnumerator();

        (await reader.MoveNextAsync()).Should().BeTrue();
        reader.Current.Events.Select(e => e.Sequence).Should().Equal(2);
        reader.Current.HasGap.Should().BeFalse();

        Append(log, 5);
        (await reader.MoveNextAsync()).Should().BeTrue();

        reader.Current.Events.Select(e => e.Sequence).Should().Equal(5, 6, 7);
        (reader.Current.HasGap, reader.Current.MissedFrom, reader.Current.MissedTo).Should().Be((true, 3L, 4L));
    }

    [Fact]
    public async Task A_reader_with_an_idle_time_gets_an_empty_batch_when_nothing_happens_and_ends_when_cancelled()
    {
        var log = new EventLog(8);
        var idleClock = new VirtualClock(T0);
        using var stop = new CancellationTokenSource();
        await using IAsyncEnumerator<EventBatch> reader = log.ReadAsync(0, TimeSpan.FromSeconds(15), idleClock, stop.Token).GetAsyncEnumerator();

        ValueTask<bool> waiting = reader.MoveNextAsync();
        waiting.IsCompleted.Should().BeFalse();
        idleClock.Advance(TimeSpan.FromSeconds(15));

        (await waiting).Should().BeTrue();
        reader.Current.Events.Should().BeEmpty();
        reader.Current.HasGap.Should().BeFalse();

        ValueTask<bool> next = reader.MoveNextAsync();
        await stop.CancelAsync();
        (await next).Should().BeFalse();
    }

    [Fact]
    public async Task A_waiting_reader_cancelled_ends_while_another_waiting_reader_keeps_waiting_for_the_next_event()
    {
        var log = new EventLog(8);
        using var stopFirst = new CancellationTokenSource();
        await using IAsyncEnumerator<EventBatch> first = log.ReadAsync(0, cancellationToken: stopFirst.Token).GetAsyncEnumerator();
        await using IAsyncEnumerator<EventBatch> second = log.ReadAsync(0).GetAsyncEnumerator();
        ValueTask<bool> firstWaiting = first.MoveNextAsync();
        ValueTask<bool> secondWaiting = second.MoveNextAsync();

        await stopFirst.CancelAsync();

        (await firstWaiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Should().BeFalse("a cancelled reader ends without an exception");
        secondWaiting.IsCompleted.Should().BeFalse("the other reader was woken at most, and found nothing to read");
        log.Append(new NetworkEvent(0, At(0), NetworkEventKind.LegRinging, SomeCall, "5354353"));
        log.WakeReaders();
        (await secondWaiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        second.Current.Events.Select(e => e.Sequence).Should().Equal(1);
    }

    [Fact]
    public async Task Appending_wakes_no_reader_until_the_writer_wakes_them_once_it_released_its_own_lock()
    {
        var log = new EventLog(8);
        Task waiting = log.WaitAfterAsync(0, CancellationToken.None);

        log.Append(new NetworkEvent(0, At(0), NetworkEventKind.LegRinging, SomeCall, "5354353"));
        waiting.IsCompleted.Should().BeFalse("the network wakes its readers after its lock, not from inside it");
        log.WakeReaders();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_change_of_the_network_wakes_its_readers_once_it_is_done()
    {
        var log = new EventLog(8);
        var kernel = new NetworkKernel(new VirtualClock(T0), new TelephonyOptions(), new CallIdGenerator(), log);
        Task waiting = log.WaitAfterAsync(0, CancellationToken.None);

        kernel.Run(change =>
        {
            change.RecordAboutNetwork(NetworkEventKind.NetworkReset, new NetworkResetPayload(1));
            change.RecordAboutNetwork(NetworkEventKind.NetworkReset, new NetworkResetPayload(2));
        });

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        log.After(0).Select(e => e.Sequence).Should().Equal(1, 2);
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
