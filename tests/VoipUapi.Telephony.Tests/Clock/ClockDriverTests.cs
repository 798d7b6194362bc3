using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

/// <summary>
/// The real timer behind a running clock: under a stream of timers falling due less than a tick apart it keeps
/// ticking instead of being set again after every wake, and every timer still fires in order. The "real" clock is a
/// frozen virtual clock moved by hand, and the work is counted (how often the real timer is set), never timed.
/// </summary>
public sealed class ClockDriverTests
{
    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;
    private readonly VirtualClock _real = new(T0);
    private readonly CountedTimers _counted;
    private readonly VirtualClock _clock;
    private readonly List<(int Timer, DateTimeOffset At)> _fired = [];

    public ClockDriverTests()
    {
        _counted = new CountedTimers(_real);
        _clock = new VirtualClock(T0, _counted);
    }

    [Fact]
    public void Timers_falling_due_within_a_tick_of_each_other_fire_in_order_while_the_real_timer_is_set_once()
    {
        _clock.Run(1);
        const int Count = 200;
        for (int i = 0; i < Count; i++)
        {
            int timer = i;
            _clock.CreateTimer(_ => _fired.Add((timer, _clock.GetUtcNow())), null, Millis(0.5 * (i + 1)), Never);
        }

        MoveRealTime(Millis(0.25), steps: 2 * Count + 8);

        _fired.Select(f => f.Timer).Should().Equal(Enumerable.Range(0, Count));
        _fired.Should().OnlyContain(f => f.At >= T0 + Millis(0.5 * (f.Timer + 1)) && f.At <= T0 + Millis(0.5 * (f.Timer + 1)) + ClockDriver.Tick,
            "each fires within a tick of its due time");
        _counted.Changes.Should().BeLessThanOrEqualTo(2, "the driver started ticking once and stopped once the stream ended, not once per wake ({0} wakes)", Count);
    }

    [Fact]
    public void A_lone_timer_far_away_is_waited_for_alone_after_a_stream_ends()
    {
        _clock.Run(1);
        _clock.CreateTimer(_ => _fired.Add((1, _clock.GetUtcNow())), null, Millis(0.5), Never);
        MoveRealTime(Millis(0.25), steps: 8);
        int afterStream = _counted.Changes;

        _clock.CreateTimer(_ => _fired.Add((2, _clock.GetUtcNow())), null, Seconds(5), Never);
        _real.Advance(Seconds(4.999));
        _fired.Should().ContainSingle("the far timer is not due yet");
        _real.Advance(Millis(1));

        _fired.Should().Equal((1, T0 + Millis(0.5)), (2, T0 + Millis(2) + Seconds(5)));
        _counted.Changes.Should().BeLessThanOrEqualTo(afterStream + 2, "one wait for the far timer, one stop once it fired");
    }

    private void MoveRealTime(TimeSpan step, int steps)
    {
        for (int i = 0; i < steps; i++)
        {
            _real.Advance(step);
        }
    }

    private static TimeSpan Millis(double milliseconds) => TimeSpan.FromMilliseconds(milliseconds);
}
