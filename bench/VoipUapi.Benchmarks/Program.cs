using BenchmarkDotNet.Running;
using VoipUapi.Benchmarks;

if (args is ["memory"])
{
    MemoryPerCall.Measure();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SimpleCallBenchmarks).Assembly).Run(args);
