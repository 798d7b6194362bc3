using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace VoipUapi.Benchmarks;

/// <summary>
/// Listens to the runtime's allocation ticks (one about every 100 KB allocated, naming the type that crossed it) while
/// it lives, and prints the types with the most bytes: a sample, so a type's share is an estimate.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    public void Print(int top)
    {
        long total = _bytesByType.Values.Sum();
        foreach ((string type, long bytes) in _bytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:F1} %  {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null)
        {
            return;
        }

        int typeAt = eventData.PayloadNames.IndexOf("TypeName");
        int amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0 || eventData.Payload is not { } payload)
        {
            return;
        }

        string type = payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(payload[amountAt], CultureInfo.InvariantCulture);
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
