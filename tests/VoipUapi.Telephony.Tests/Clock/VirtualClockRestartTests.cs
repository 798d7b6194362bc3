using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

/// <summary>A restart (the test kit's reuse of a clock) sets the time forward or back; pending timers keep what they had left.</summary>
public sealed class VirtualClockRestartTests
{
    private readonly VirtualClock _clock = new(T0);
    private readonly List<DateTimeOffset> _fired = [];

    [Fact]
    public void A_restart_moves_the_clock_back_and_a_pending_timer_keeps_the_time_it_had_left()
    {
        _clock.Advance(Seconds(100));
        using ITimer timer = _clock.CreateTimer(_ => _fired.Add(_clock.GetUtcNow()), null, Seconds(5), Timeout.InfiniteTimeSpan);

        _clock.Restart(T0);

        _clock.GetUtcNow().Should().Be(T0);
        _clock.Advance(Seconds(4));
        _fired.Should().BeEmpty();
        _clock.Advance(Seconds(1));
        _fired.Should().Equal(At(5));
    }

    [Fact]
    public void A_restart_freezes_a_running_clock_and_drops_the_queue_entries_of_disposed_timers()
    {
        _clock.Run(1);
        ITimer disposed = _clock.CreateTimer(_ => _fired.Add(_clock.GetUtcNow()), null, Seconds(1), Timeout.InfiniteTimeSpan);
        disposed.Dispose();

        _clock.Restart(At(50));

        _clock.IsRunning.Should().BeFalse();
        _clock.GetUtcNow().Should().Be(At(50));
        _clock.Advance(Seconds(10));
        _fired.Should().BeEmpty();
    }
}
