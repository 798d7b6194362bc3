using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- allocation-ticks TRACE.nettrace</c>: the types with the most bytes in a trace of the
/// runtime's allocation ticks (one about every 100 KB allocated, naming the type that crossed it), taken of the
/// published app under load by <c>bench/under-load.sh allocations</c>: the real server's allocations, which the
/// in-process <c>allocations</c> probe mixes with the test server's and the client's.
/// </summary>
public static class AllocationTicks
{
    public static void Print(string tracePath, int top = 25)
    {
        using var source = new EventPipeEventSource(tracePath);
        var bytesByType = new Dictionary<string, long>(StringComparer.Ordinal);
        source.Clr.GCAllocationTick += e =>
        {
            string type = e.TypeName ?? "?";
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + e.AllocationAmount64;
        };
        source.Process();
        long total = bytesByType.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / 1048576.0:F0} MiB sampled"));
        foreach ((string type, long bytes) in bytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:F1} %  {type}"));
        }
    }
}
