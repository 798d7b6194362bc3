using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

/// <summary>Timers disposed long before their due time do not pile up in the clock's queue.</summary>
public sealed class VirtualClockStaleEntriesTests
{
    [Fact]
    public void The_queue_stays_within_twice_its_live_timers_however_many_were_disposed_and_live_ones_still_fire()
    {
        var clock = new VirtualClock(T0);
        var fired = new List<int>();
        using ITimer kept = clock.CreateTimer(_ => fired.Add(0), null, Seconds(3_600), Timeout.InfiniteTimeSpan);
        for (int i = 0; i < 100_000; i++)
        {
            clock.CreateTimer(_ => fired.Add(1), null, Seconds(30), Timeout.InfiniteTimeSpan).Dispose();
        }

        clock.QueuedEntries.Should().BeLessThanOrEqualTo(2 * 4096, "the stale entries of disposed timers are dropped as they pile up");
        clock.Advance(Seconds(3_600));
        fired.Should().Equal(0);
    }
}
