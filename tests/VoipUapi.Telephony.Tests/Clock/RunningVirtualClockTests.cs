using VoipUapi.Telephony.Clock;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

/// <summary>
/// A running clock follows a "real" clock at a scale. The real clock here is itself a frozen virtual clock, so the
/// tests move real time by hand and never sleep.
/// </summary>
public sealed class RunningVirtualClockTests
{
    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;
    private readonly VirtualClock _real = new(T0);
    private readonly VirtualClock _clock;
    private readonly List<string> _fired = [];

    public RunningVirtualClockTests() => _clock = new VirtualClock(T0, _real);

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
}
