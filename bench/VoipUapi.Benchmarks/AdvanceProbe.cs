using System.Diagnostics;
using System.Globalization;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- advance</c>: one hour of the manual clock over 100,000 ringing calls, timed once,
/// in a process of its own, with the types it allocated (sampled), for a profiler to attach to (<c>dotnet-trace collect -- dotnet VoipUapi.Benchmarks.dll advance</c>).
/// </summary>
internal static class AdvanceProbe
{
    private const int Calls = 100_000;

    public static void Measure()
    {
        using var world = new LoadedNetwork();
        world.PlaceRinging(Calls);
        // As BenchmarkDotNet does before every iteration: the placing's garbage is the placing's, not the hour's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan pausedBefore = GC.GetTotalPauseDuration();
        TimeSpan cpuBefore = Environment.CpuUsage.TotalTime;
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var sampler = new AllocationSampler();
        var watch = Stopwatch.StartNew();

        world.Clock.Advance(TimeSpan.FromHours(1));

        watch.Stop();
        sampler.Dispose();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TimeSpan paused = GC.GetTotalPauseDuration() - pausedBefore;
        TimeSpan cpu = Environment.CpuUsage.TotalTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one hour over {Calls} calls: {watch.ElapsedMilliseconds} ms ({cpu.TotalMilliseconds:F0} ms CPU), {allocated / Calls} B allocated per call, {world.Network.EndedCalls.Count} in the history; "
            + $"GC paused {paused.TotalMilliseconds:F0} ms, collections gen0/1/2: {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}"));
        Console.WriteLine("what the advance allocated, by type (sampled):");
        sampler.Print(15);
    }
}
