using VoipUapi.Telephony.Kernel;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Kernel;

/// <summary>A call's timers live in named slots: scheduling a slot again replaces its timer, so no counter is needed to ignore the old one.</summary>
public sealed class CallTimersTests
{
    private readonly VirtualClock _clock = new(T0);
    private readonly NetworkKernel _kernel;
    private readonly Call _call;
    private readonly List<string> _fired = [];

    public CallTimersTests()
    {
        _kernel = new NetworkKernel(_clock, new TelephonyOptions(), new CallIdGenerator(seed: 1), new EventLog(16));
        _clock.SerializeAdvancesWith(_kernel.Gate);
        using TestNetwork world = new NetworkBuilder().Build();
        _call = new CallFactory(_kernel).Simple(world.Order(["5354353"], ["5353535"]), T0);
        _kernel.Run(change => change.Commit(_call));
    }

    [Fact]
    public void Scheduling_a_slot_again_replaces_the_timer_it_had()
    {
        _kernel.Run(_ =>
        {
            Schedule(TimerSlot.Ring, 5, "first ring");
            Schedule(TimerSlot.Ring, 10, "second ring");
        });

        _clock.AdvanceTo(At(20));

        _fired.Should().Equal("second ring at 10s");
    }

    [Fact]
    public void Slots_of_other_kinds_and_legs_are_independent_and_a_cancelled_one_never_fires()
    {
        _kernel.Run(_ =>
        {
            Schedule(TimerSlot.AnswerOf(0), 3, "answer leg 0");
            Schedule(TimerSlot.AnswerOf(1), 4, "answer leg 1");
            Schedule(TimerSlot.Duration, 6, "duration");
            Schedule(TimerSlot.Prompt, 7, "prompt");
            _kernel.Timers.Cancel(_call.Id, TimerSlot.Prompt);
        });

        _clock.AdvanceTo(At(20));

        _fired.Should().Equal("answer leg 0 at 3s", "answer leg 1 at 4s", "duration at 6s");
    }

    [Fact]
    public void A_call_that_ends_takes_its_timers_with_it()
    {
        _kernel.Run(_ => Schedule(TimerSlot.Duration, 5, "duration"));

        _kernel.Run(change => change.Commit(_call with { Phase = CallPhase.Ended, Ended = T0 }));
        _clock.AdvanceTo(At(20));

        _fired.Should().BeEmpty();
    }

    private void Schedule(TimerSlot slot, double seconds, string name) =>
        _kernel.Timers.Schedule(_call.Id, slot, Seconds(seconds), (call, change) =>
        {
            _fired.Add($"{name} at {(change.Now - T0).TotalSeconds}s");
            return call;
        });
}
