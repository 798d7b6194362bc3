using System.Globalization;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- memory</c>: the managed heap and the process's resident set over an idle network
/// after 100,000 calls start ringing (GC.GetTotalMemory after full collections), per live call.
/// </summary>
internal static class MemoryPerCall
{
    private const int Calls = 100_000;

    public static void Measure()
    {
        using var world = new LoadedNetwork();
        world.PlaceRinging(1);
        long heapBefore = Heap();
        long rssBefore = Environment.WorkingSet;

        world.PlaceRinging(Calls, first: 1);
        long heapAfter = Heap();
        long rssAfter = Environment.WorkingSet;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{world.Network.LiveCalls.Count} live calls: heap +{Mib(heapAfter - heapBefore):F1} MiB ({(heapAfter - heapBefore) / Calls} B per call), RSS +{Mib(rssAfter - rssBefore):F1} MiB ({(rssAfter - rssBefore) / Calls} B per call)"));
        GC.KeepAlive(world);
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Mib(long bytes) => bytes / 1024.0 / 1024.0;
}
