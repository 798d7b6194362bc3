using System.Diagnostics;
using System.Globalization;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- advance</c>: one hour of the manual clock over 100,000 ringing calls, timed once,
/// in a process of its own, for a profiler to attach to (<c>dotnet-trace collect -- dotnet VoipUapi.Benchmarks.dll advance</c>).
/// </summary>
internal static class AdvanceProbe
{
    private const int Calls = 100_000;

    public static void Measure()
    {
        using var world = new LoadedNetwork();
        world.PlaceRinging(Calls);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();

        world.Clock.Advance(TimeSpan.FromHours(1));

        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one hour over {Calls} calls: {watch.ElapsedMilliseconds} ms, {allocated / Calls} B allocated per call, {world.Network.EndedCalls.Count} in the history"));
    }
}
