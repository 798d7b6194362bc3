using System.Globalization;
using Microsoft.Diagnostics.Tracing;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- gc-pauses TRACE.nettrace</c>: every pause in a <c>dotnet-trace --profile gc-collect</c>
/// trace, with how long it held the process still (the runtime suspended until it resumed), the part of that the
/// collection itself took, the generation and what it promoted (a stop of the threads without a collection is listed
/// as such), then the total and the median. <c>bench/under-load.sh gc</c> takes such a trace of the published app
/// under the anchors' real-call POST.
/// </summary>
public static class GcPauses
{
    public static void Print(string tracePath)
    {
        using var source = new EventPipeEventSource(tracePath);
        var pauses = new List<double>();
        double suspended = 0, started = 0, stopped = 0, promoted = 0;
        int generation = -1;
        bool collected = false;
        string kind = "";
        source.Clr.GCSuspendEEStart += e => suspended = e.TimeStampRelativeMSec;
        source.Clr.GCStart += e => (started, generation, kind, collected) = (e.TimeStampRelativeMSec, e.Depth, e.Type.ToString(), true);
        source.Clr.GCStop += e => stopped = e.TimeStampRelativeMSec;
        source.Clr.GCHeapStats += e => promoted = e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2;
        source.Clr.GCRestartEEStop += e =>
        {
            double pause = e.TimeStampRelativeMSec - suspended;
            pauses.Add(pause);
            Console.WriteLine(collected
                ? string.Create(CultureInfo.InvariantCulture, $"{e.TimeStampRelativeMSec,8:F0} ms  pause {pause,7:F1} ms  (collecting {stopped - started,6:F1} ms)  gen{generation} {kind}, promoted {promoted / 1e6:F1} MB")
                : string.Create(CultureInfo.InvariantCulture, $"{e.TimeStampRelativeMSec,8:F0} ms  pause {pause,7:F1} ms  (the runtime stopped the threads without collecting)"));
            collected = false;
        };
        source.Process();
        if (pauses.Count == 0)
        {
            Console.WriteLine("no pause in the trace");
            return;
        }

        pauses.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pauses.Count} pauses, {pauses.Sum():F0} ms paused in all, median {pauses[pauses.Count / 2]:F1} ms, longest {pauses[^1]:F1} ms"));
    }
}
