using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Clock;

public sealed class VirtualClockTests
{
    private static readonly TimeSpan Never = Timeout.InfiniteTimeSpan;

    private readonly VirtualClock _clock = new(T0);
    private readonly List<string> _fired = [];

    [Fact]
    public void Clock_stands_still_until_advanced()
    {
        _clock.GetUtcNow().Should().Be(T0);
        _clock.LocalTimeZone.Should().Be(TimeZoneInfo.Utc);

        _clock.Advance(Seconds(2.5)).Should().Be(At(2.5));

        _clock.GetUtcNow().Should().Be(At(2.5));
    }

    [Fact]
    public void Elapsed_time_follows_the_clock()
    {
        long start = _clock.GetTimestamp();

        _clock.Advance(TimeSpan.FromMilliseconds(1500));

        _clock.GetElapsedTime(start).Should().Be(TimeSpan.FromMilliseconds(1500));
    }

    [Fact]
    public void Timers_fire_in_due_order_each_seeing_its_own_due_time()
    {
        using ITimer late = Timer("late", Seconds(5));
        using ITimer early = Timer("early", Seconds(1));
        using ITimer middle = Timer("middle", Seconds(3));

        _clock.Advance(Seconds(10)).Should().Be(At(10));

        _fired.Should().Equal("early@1s", "middle@3s", "late@5s");
        _clock.GetUtcNow().Should().Be(At(10));
    }

    [Fact]
    public void Timers_due_at_the_same_instant_fire_in_the_order_they_were_set()
    {
        using ITimer first = Timer("first", Seconds(2));
        using ITimer second = Timer("second", Seconds(2));
        using ITimer third = Timer("third", Seconds(2));

        _clock.Advance(Seconds(2));

        _fired.Should().Equal("first@2s", "second@2s", "third@2s");
    }

    [Fact]
    public void A_timer_fires_once_the_clock_reaches_its_due_time_and_not_before()
    {
        using ITimer timer = Timer("t", Seconds(3));

        _clock.AdvanceTo(At(3) - TimeSpan.FromTicks(1));
        _fired.Should().BeEmpty();
        _clock.Advance(TimeSpan.FromTicks(1));

        _fired.Should().Equal("t@3s");
        _clock.Advance(Seconds(100));
        _fired.Should().Equal("t@3s");
    }

    [Fact]
    public void Callback_receives_its_state()
    {
        object? received = null;
        var state = new object();
        using ITimer timer = _clock.CreateTimer(s => received = s, state, Seconds(1), Never);

        _clock.Advance(Seconds(1));

        received.Should().BeSameAs(state);
    }

    [Fact]
    public void A_timer_set_inside_a_callback_fires_in_the_same_advance_when_it_falls_due_within_it()
    {
        var timers = new List<ITimer>();
        timers.Add(_clock.CreateTimer(
            _ =>
            {
                _fired.Add($"outer@{Now()}");
                timers.Add(Timer("inner", Seconds(2)));
                timers.Add(Timer("beyond", Seconds(20)));
            },
            null,
            Seconds(1),
            Never));
        timers.Add(Timer("between", Seconds(2)));

        _clock.Advance(Seconds(5));

        _fired.Should().Equal("outer@1s", "between@2s", "inner@3s");
        _clock.Advance(Seconds(16));
        _fired.Should().Equal("outer@1s", "between@2s", "inner@3s", "beyond@21s");
        timers.ForEach(timer => timer.Dispose());
    }

    [Fact]
    public void A_timer_due_at_once_fires_on_the_next_advance_even_an_empty_one()
    {
        using ITimer timer = Timer("now", TimeSpan.Zero);
        _fired.Should().BeEmpty();

        _clock.Advance(TimeSpan.Zero);

        _fired.Should().Equal("now@0s");
    }

    [Fact]
    public void Dispose_cancels_a_timer()
    {
        ITimer timer = Timer("t", Seconds(1));

        timer.Dispose();
        _clock.Advance(Seconds(5));

        _fired.Should().BeEmpty();
    }

    [Fact]
    public void Change_to_never_cancels_a_timer()
    {
        using ITimer timer = Timer("t", Seconds(1));

        timer.Change(Never, Never).Should().BeTrue();
        _clock.Advance(Seconds(5));

        _fired.Should().BeEmpty();
    }

    [Fact]
    public void Change_moves_a_timer_later_or_earlier_and_it_fires_only_at_its_last_due_time()
    {
        using ITimer later = Timer("later", Seconds(1));
        using ITimer earlier = Timer("earlier", Seconds(9));

        later.Change(Seconds(4), Never);
        earlier.Change(Seconds(2), Never);
        _clock.Advance(Seconds(10));

        _fired.Should().Equal("earlier@2s", "later@4s");
    }

    [Fact]
    public void Change_counts_the_new_due_time_from_now()
    {
        using ITimer timer = Timer("t", Seconds(10));
        _clock.Advance(Seconds(3));

        timer.Change(Seconds(3), Never);
        _clock.Advance(Seconds(10));

        _fired.Should().Equal("t@6s");
    }

    [Fact]
    public void A_timer_changed_away_and_back_to_its_due_time_fires_once()
    {
        using ITimer timer = Timer("t", Seconds(2));

        timer.Change(Seconds(5), Never);
        timer.Change(Seconds(2), Never);
        _clock.Advance(Seconds(10));

        _fired.Should().Equal("t@2s");
    }

    [Fact]
    public void Periodic_timer_fires_at_each_period_within_one_advance()
    {
        using ITimer timer = _clock.CreateTimer(_ => _fired.Add($"tick@{Now()}"), null, Seconds(1), Seconds(2));

        _clock.Advance(Seconds(6));
        _fired.Should().Equal("tick@1s", "tick@3s", "tick@5s");

        _clock.Advance(Seconds(1));
        _fired.Should().Equal("tick@1s", "tick@3s", "tick@5s", "tick@7s");
    }

    [Fact]
    public void Period_of_zero_fires_once()
    {
        using ITimer timer = _clock.CreateTimer(_ => _fired.Add($"once@{Now()}"), null, Seconds(1), TimeSpan.Zero);

        _clock.Advance(Seconds(10));

        _fired.Should().Equal("once@1s");
    }

    [Fact]
    public void Periodic_timer_disposed_in_its_own_callback_stops()
    {
        ITimer? timer = null;
        timer = _clock.CreateTimer(
            _ =>
            {
                _fired.Add($"tick@{Now()}");
                if (_fired.Count == 2)
                {
                    timer!.Dispose();
                }
            },
            null,
            Seconds(1),
            Seconds(1));

        _clock.Advance(Seconds(10));

        _fired.Should().Equal("tick@1s", "tick@2s");
    }

    [Fact]
    public void Advancing_by_a_negative_span_is_refused()
    {
        Action back = () => _clock.Advance(Seconds(-1));

        back.Should().Throw<ArgumentOutOfRangeException>();
        _clock.GetUtcNow().Should().Be(T0);
    }

    [Fact]
    public void Advancing_to_an_instant_already_past_leaves_the_clock_where_it_is()
    {
        _clock.Advance(Seconds(5));

        _clock.AdvanceTo(At(1)).Should().Be(At(5));

        _clock.GetUtcNow().Should().Be(At(5));
    }

    [Fact]
    public void A_disposed_timer_cannot_be_revived_by_Change()
    {
        // TimeProvider.System's timers answer false to Change after Dispose and never fire again; the manual clock
        // should behave the same, or a stale handle can resurrect a timer someone cancelled.
        ITimer timer = Timer("t", Seconds(1));
        timer.Dispose();

        bool changed = timer.Change(Seconds(2), Never);
        _clock.Advance(Seconds(5));

        changed.Should().BeFalse();
        _fired.Should().BeEmpty();
    }

    [Fact]
    public void A_timer_set_while_the_clock_advances_past_its_due_time_fires_at_its_due_time()
    {
        // Either order is fine: set before the advance, it fires inside it at 3 s; set after, it is due at 13 s.
        // Set in the gap between AdvanceTo finding nothing due and moving "now" to the target, it is left behind
        // in the past and later fires seeing a "now" that is not its due time.
        for (int round = 0; round < 5000; round++)
        {
            var clock = new VirtualClock(T0);
            DateTimeOffset? firedAt = null;
            ITimer? timer = null;

            Race.Run(
                () => clock.Advance(Seconds(10)),
                () => timer = clock.CreateTimer(_ => firedAt = clock.GetUtcNow(), null, Seconds(3), Never));
            if (firedAt is null)
            {
                clock.Advance(Seconds(3));
                firedAt.Should().Be(At(13), "a timer set after the advance to 10 s is due 3 s later (round {0})", round);
            }
            else
            {
                firedAt.Should().Be(At(3), "a timer set before the advance fires at its own due time (round {0})", round);
            }

            timer!.Dispose();
        }
    }

    private ITimer Timer(string name, TimeSpan due) =>
        _clock.CreateTimer(_ => _fired.Add($"{name}@{Now()}"), null, due, Never);

    private string Now() => $"{(_clock.GetUtcNow() - T0).TotalSeconds}s";
}
