using BenchmarkDotNet.Running;
using VoipUapi.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(SimpleCallBenchmarks).Assembly).Run(args);
