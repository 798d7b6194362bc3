using BenchmarkDotNet.Running;
using VoipUapi.Benchmarks;

if (args is ["memory"])
{
    MemoryPerCall.Measure();
    return;
}

if (args is ["advance"])
{
    AdvanceProbe.Measure();
    return;
}

if (args is ["allocations", ..])
{
    await RequestAllocations.MeasureAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}

if (args is ["gc-pauses", string trace])
{
    GcPauses.Print(trace);
    return;
}

if (args is ["allocation-ticks", string ticks])
{
    AllocationTicks.Print(ticks);
    return;
}

if (args is ["factory", ..])
{
    await EmulatorStartup.MeasureAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SimpleCallBenchmarks).Assembly).Run(args);
