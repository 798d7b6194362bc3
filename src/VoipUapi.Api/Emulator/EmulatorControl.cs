using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Api.Emulator;

/// <summary>The clock, the call ids and the reset of the control API, and the start state the configuration asks for.</summary>
public sealed class EmulatorControl(
    TelephonyNetwork network,
    VirtualClock clock,
    RequestJournal journal,
    IEnumerable<IResetWithEmulator> dialectState,
    IEnumerable<IRestartWithEmulator> clientState,
    IOptions<EmulatorOptions> options)
{
    public const double MaxAdvanceSeconds = 31_536_000;

    /// <summary>The clock now; a frozen clock reports scale 1, the scale <c>{"mode":"realtime"}</c> would run it at.</summary>
    public ClockState Clock()
    {
        bool running = clock.IsRunning;
        return new ClockState(
            running ? EmulatorOptions.RealTimeClock : EmulatorOptions.ManualClock,
            clock.GetUtcNow().UtcDateTime,
            running ? clock.Scale : 1);
    }

    /// <summary>Freezes, moves forward to <see cref="ClockChange.Now"/>, then runs the clock, as far as the change asks (validated).</summary>
    public Outcome<ClockState, ControlProblem> ChangeClock(ClockChange change)
    {
        bool manual = string.Equals(change.Mode, EmulatorOptions.ManualClock, StringComparison.OrdinalIgnoreCase);
        if (change.Now is { } text && ClockText.TryParse(text, out DateTimeOffset target))
        {
            DateTimeOffset now = clock.GetUtcNow();
            if (target < now)
            {
                return ControlProblem.BadInput(
                    $"now {ClockText.Format(target)} is before the emulator's time {ClockText.Format(now)}, and time only moves forward; "
                    + "send a now at or after it (or POST /emulator/reset to start again).");
            }

            if (target > ClockText.Latest)
            {
                return ControlProblem.BadInput($"now {ClockText.Format(target)} is too far ahead; send a time before {ClockText.Format(ClockText.Latest)}.");
            }

            if (manual)
            {
                clock.Freeze();
            }

            clock.AdvanceTo(target);
        }

        if (manual)
        {
            clock.Freeze();
        }
        else if (change.Mode is not null)
        {
            clock.Run(change.Scale ?? 1);
        }

        return Clock();
    }

    /// <summary>Moves the clock forward, firing every timer due on the way (validated: 0 to <see cref="MaxAdvanceSeconds"/>).</summary>
    public Outcome<ClockState, ControlProblem> Advance(double seconds)
    {
        TimeSpan span = TimeSpan.FromSeconds(seconds);
        if (clock.GetUtcNow() + span > ClockText.Latest)
        {
            return ControlProblem.BadInput($"seconds {seconds} would take the clock past {ClockText.Format(ClockText.Latest)}; send fewer seconds.");
        }

        clock.Advance(span);
        return Clock();
    }

    public IdSeedState Ids() => new(network.IdSeed);

    public IdSeedState ReseedIds(int? seed)
    {
        network.ReseedIds(seed);
        return Ids();
    }

    /// <summary>
    /// Forgets what the dialects keep beside the network (PhoneCallEvents and their deliveries), ends every live call
    /// and starts the seed's calls in progress again, forgets ended calls and run-time phone behaviours, starts the ids again from the
    /// configured seed, and gives the clock back the mode it started in: running in real time from the real now, or
    /// (<c>--clock manual</c>) frozen where it stands, since a frozen clock never moves backwards.
    /// </summary>
    public ResetResource Reset()
    {
        ResetDialects();
        network.Reset(options.Value.IdSeed);
        journal.Clear();
        if (options.Value.StartsManual)
        {
            clock.Freeze();
        }
        else
        {
            clock.RunRealTime();
        }

        return new ResetResource(Clock(), Ids());
    }

    /// <summary>
    /// Makes the emulator as it was started, with its clock at <paramref name="start"/>: a <see cref="Reset"/> that also
    /// forgets every token and session issued and what was learnt of the clients, and numbers events, journal entries
    /// and deliveries from 1 again (<see cref="TelephonyNetwork.Restart"/>). What the test kit does to hand one host to the next test.
    /// </summary>
    public void Restart(DateTimeOffset start)
    {
        clock.Restart(start);
        foreach (IRestartWithEmulator state in clientState)
        {
            state.Restart();
        }

        ResetDialects();
        network.Restart(options.Value.IdSeed);
        if (!options.Value.StartsManual)
        {
            clock.Run(1);
        }
    }

    private void ResetDialects()
    {
        foreach (IResetWithEmulator state in dialectState)
        {
            state.Reset();
        }
    }

    /// <summary>Applies <c>--clock</c> and <c>--id-seed</c> before the first request.</summary>
    public void ApplyStartState()
    {
        if (options.Value.IdSeed is { } seed)
        {
            network.ReseedIds(seed);
        }

        if (options.Value.StartsManual)
        {
            clock.Freeze();
        }
        else if (!clock.IsRunning)
        {
            clock.Run(1);
        }
    }
}
