using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

/// <summary>
/// A running clock follows a "real" clock at a scale. The real clock here is itself a frozen virtual clock, so the
/// tests move real time by hand and never sleep; the real timer behind the running clock is counted (how often it is
/// set), never timed: under a stream of timers falling due less than a tick apart it keeps ticking instead of being
/// set again after every wake.
/// </summary>
public sealed class RunningVirtualClockTests
{
    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;
    private readonly VirtualClock _real = new(T0);
    private readonly CountedTimers _counted;
    private readonly VirtualClock _clock;
    private readonly List<string> _fired = [];

    public RunningVirtualClockTests()
    {
        _counted = new CountedTimers(_real);
        _clock = new VirtualClock(T0, _counted);
    }

    [Fact]
    public void A_running_clock_moves_with_real_time_at_its_scale()
    {
        _clock.Run(10);

        _real.Advance(Seconds(2));

        _clock.IsRunning.Should().BeTrue();
        _clock.Scale.Should().Be(10);
        _clock.GetUtcNow().Should().Be(At(20));
    }

    [Fact]
    public void Timers_fire_when_real_time_reaches_their_scaled_due_time()
    {
        _clock.Run(10);
        _clock.CreateTimer(_ => _fired.Add("answer"), null, Seconds(30), Never);

        _real.Advance(Seconds(2.9));
        _fired.Should().BeEmpty("29 virtual seconds have passed");

        _real.Advance(Seconds(0.1));
        _fired.Should().Equal("answer");
    }

    [Fact]
    public void Freezing_keeps_the_time_reached_and_stops_timers_until_an_advance()
    {
        _clock.Run(1);
        _clock.CreateTimer(_ => _fired.Add("late"), null, Seconds(10), Never);
        _real.Advance(Seconds(4));

        _clock.Freeze();
        _real.Advance(Seconds(100));

        _clock.IsRunning.Should().BeFalse();
        _clock.GetUtcNow().Should().Be(At(4));
        _fired.Should().BeEmpty();
        _clock.Advance(Seconds(6));
        _fired.Should().Equal("late");
        _clock.GetUtcNow().Should().Be(At(10));
    }

    [Fact]
    public void A_timer_set_while_frozen_keeps_its_due_time_when_the_clock_starts_running()
    {
        _clock.CreateTimer(_ => _fired.Add($"due@{_clock.GetUtcNow():HH:mm:ss}"), null, Seconds(5), Never);

        _clock.Run(1);
        _real.Advance(Seconds(5));

        _fired.Should().ContainSingle().Which.Should().StartWith("due@10:00:05");
    }

    [Fact]
    public void Advancing_a_running_clock_jumps_ahead_and_keeps_running_from_there()
    {
        _clock.Run(1);
        _clock.CreateTimer(_ => _fired.Add("jumped"), null, Seconds(60), Never);

        _clock.Advance(Seconds(60));
        _real.Advance(Seconds(1));

        _fired.Should().Equal("jumped");
        _clock.GetUtcNow().Should().Be(At(61));
    }

    [Fact]
    public void Running_in_real_time_again_starts_from_the_real_now()
    {
        _clock.Advance(Seconds(3600));

        _clock.RunRealTime();

        _clock.GetUtcNow().Should().Be(T0);
        _real.Advance(Seconds(1));
        _clock.GetUtcNow().Should().Be(At(1));
    }

    [Fact]
    public void A_timer_further_away_than_a_real_timer_can_wait_still_fires_at_a_slow_scale()
    {
        _clock.Run(0.001);
        _clock.CreateTimer(_ => _fired.Add("a week later"), null, TimeSpan.FromDays(7), Never);

        _real.Advance(TimeSpan.FromDays(7000));

        _fired.Should().Equal("a week later");
    }

    [Fact]
    public void A_scale_of_zero_or_less_is_refused()
    {
        Action run = () => _clock.Run(0);

        run.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Timers_falling_due_within_a_tick_of_each_other_fire_in_order_while_the_real_timer_is_set_once()
    {
        _clock.Run(1);
        const int Count = 200;
        var fired = new List<(int Timer, DateTimeOffset At)>();
        for (int i = 0; i < Count; i++)
        {
            int timer = i;
            _clock.CreateTimer(_ => fired.Add((timer, _clock.GetUtcNow())), null, Millis(0.5 * (i + 1)), Never);
        }

        MoveRealTime(Millis(0.25), steps: 2 * Count + 8);

        fired.Select(f => f.Timer).Should().Equal(Enumerable.Range(0, Count));
        fired.Should().OnlyContain(f => f.At >= T0 + Millis(0.5 * (f.Timer + 1)) && f.At <= T0 + Millis(0.5 * (f.Timer + 1)) + ClockDriver.Tick,
            "each fires within a tick of its due time");
        _counted.Changes.Should().BeLessThanOrEqualTo(2, "the driver started ticking once and stopped once the stream ended, not once per wake ({0} wakes)", Count);
    }

    [Fact]
    public void A_lone_timer_far_away_is_waited_for_alone_after_a_stream_ends()
    {
        _clock.Run(1);
        var fired = new List<(int Timer, DateTimeOffset At)>();
        _clock.CreateTimer(_ => fired.Add((1, _clock.GetUtcNow())), null, Millis(0.5), Never);
        MoveRealTime(Millis(0.25), steps: 8);
        int afterStream = _counted.Changes;

        _clock.CreateTimer(_ => fired.Add((2, _clock.GetUtcNow())), null, Seconds(5), Never);
        _real.Advance(Seconds(4.999));
        fired.Should().ContainSingle("the far timer is not due yet");
        _real.Advance(Millis(1));

        fired.Should().Equal((1, T0 + Millis(0.5)), (2, T0 + Millis(2) + Seconds(5)));
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
