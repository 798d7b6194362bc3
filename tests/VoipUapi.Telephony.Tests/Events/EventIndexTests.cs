using VoipUapi.Telephony.Kernel;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Events;

/// <summary>The events of one call come from an index bounded with the log, never from a scan.</summary>
public sealed class EventIndexTests
{
    private static readonly CallId First = new("00000000000000000001");
    private static readonly CallId Second = new("00000000000000000002");

    [Fact]
    public void The_events_of_a_call_are_its_retained_ones_oldest_first()
    {
        var log = new EventLog(10);
        Append(log, First, NetworkEventKind.CallPublished);
        Append(log, Second, NetworkEventKind.CallPublished);
        Append(log, First, NetworkEventKind.LegRinging);
        Append(log, null, NetworkEventKind.ConferencePrompted);

        log.Of(First).Select(e => (e.Sequence, e.Kind)).Should().Equal((1, NetworkEventKind.CallPublished), (3, NetworkEventKind.LegRinging));
        log.Of(Second).Select(e => e.Sequence).Should().Equal(2);
        log.Of(new CallId("ffffffffffffffffffff")).Should().BeEmpty();
        log.PublicationOf(Second).Should().Be(2);
    }

    [Fact]
    public void Events_the_ring_drops_leave_the_index_with_them()
    {
        var log = new EventLog(3);
        Append(log, First, NetworkEventKind.CallPublished);
        Append(log, Second, NetworkEventKind.CallPublished);
        Append(log, First, NetworkEventKind.LegRinging);
        Append(log, Second, NetworkEventKind.LegRinging);

        log.Of(First).Select(e => e.Sequence).Should().Equal(3);
        log.Of(Second).Select(e => e.Sequence).Should().Equal(2, 4);
        log.PublicationOf(First).Should().Be(0, "its publication dropped out of the log");

        Append(log, Second, NetworkEventKind.CallEnded);
        Append(log, Second, NetworkEventKind.CallEnded);

        log.Of(First).Should().BeEmpty();
        log.Of(Second).Select(e => e.Sequence).Should().Equal(4, 5, 6);
        log.Of(Second).Select(e => e.Sequence).Should().Equal(log.After(0).Where(e => e.CallId == Second).Select(e => e.Sequence));
    }

    [Fact]
    public void A_change_with_more_events_than_the_log_holds_numbers_them_all_and_keeps_the_last()
    {
        var log = new EventLog(8);
        var kernel = new NetworkKernel(new VirtualClock(At(0)), new TelephonyOptions(), new CallIdGenerator(), log);
        Append(log, First, NetworkEventKind.CallPublished);

        kernel.Run(change =>
        {
            for (int i = 1; i <= 20; i++)
            {
                change.RecordAboutNetwork(NetworkEventKind.NetworkReset, new NetworkResetPayload(i));
            }
        });

        log.LastSequence.Should().Be(21);
        log.After(0).Select(e => e.Sequence).Should().Equal(Enumerable.Range(14, 8).Select(s => (long)s));
        log.After(0).Select(e => ((NetworkResetPayload)e.Payload!).LiveCallsDropped).Should().Equal(Enumerable.Range(13, 8));
        log.Of(First).Should().BeEmpty("the call's event was pushed out by the change's");
    }

    private static void Append(EventLog log, CallId? call, NetworkEventKind kind) => log.Append(new NetworkEvent(0, At(0), kind, call));
}
