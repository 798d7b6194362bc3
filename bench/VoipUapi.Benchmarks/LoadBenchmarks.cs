using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace VoipUapi.Benchmarks;

/// <summary>
/// The network under 100,000 ringing calls: advancing the manual clock one hour (every call's timers fire: sources
/// answer, the sandbox answers at once and the call connects; the default duration of an hour ends none of them
/// within it), the same hour after every call was hung
/// up (only the stale queue entries of their disposed timers are left), and a reset. Each iteration starts from a
/// freshly loaded network, so one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class LoadBenchmarks
{
    private const int LiveCalls = 100_000;

    private LoadedNetwork _world = null!;

    [IterationSetup(Targets = [nameof(AdvanceOneHour), nameof(Reset)])]
    public void LoadRinging()
    {
        _world?.Dispose();
        _world = new LoadedNetwork();
        _world.PlaceRinging(LiveCalls);
    }

    [IterationSetup(Target = nameof(AdvanceOneHourAfterHangUps))]
    public void LoadHungUp()
    {
        LoadRinging();
        foreach (Telephony.Calls.Call call in _world.Network.LiveCalls.ToList())
        {
            _world.Network.HangUp(call.Id);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();

    [Benchmark]
    public DateTimeOffset AdvanceOneHour() => _world.Clock.Advance(TimeSpan.FromHours(1));

    [Benchmark]
    public DateTimeOffset AdvanceOneHourAfterHangUps() => _world.Clock.Advance(TimeSpan.FromHours(1));

    [Benchmark]
    public void Reset() => _world.Network.Reset(idSeed: 1);
}
