using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using VoipUapi.Testing;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- factory [N]</c>: what a test pays for its own emulator. Creates N+1 EmulatorFactory
/// instances one after another, each to its first answer (a token and one UAPI list), and prints the first one's time
/// with the methods the JIT compiled for it and its time compiling them, and the others' median, p95 and worst.
/// </summary>
internal static class EmulatorStartup
{
    public static async Task MeasureAsync(int count)
    {
        var times = new List<double>(count + 1);
        long methodsBefore = JitInfo.GetCompiledMethodCount();
        TimeSpan jitBefore = JitInfo.GetCompilationTime();
        long methodsFirst = 0;
        TimeSpan jitFirst = TimeSpan.Zero;
        for (int i = 0; i <= count; i++)
        {
            long started = Stopwatch.GetTimestamp();
            await using (var emulator = new EmulatorFactory())
            {
                using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
                using HttpResponseMessage listed = await client.GetAsync(new Uri("/uapi/phoneCalls/@me/0003*210", UriKind.Relative));
                listed.EnsureSuccessStatusCode();
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (i == 0)
            {
                methodsFirst = JitInfo.GetCompiledMethodCount() - methodsBefore;
                jitFirst = JitInfo.GetCompilationTime() - jitBefore;
            }
        }

        List<double> rest = [.. times.Skip(1).Order()];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first {times[0]:F0} ms ({methodsFirst} methods JIT-compiled in {jitFirst.TotalMilliseconds:F0} ms); next {rest.Count}: median {rest[rest.Count / 2]:F1} ms, p95 {rest[(int)Math.Ceiling(rest.Count * 0.95) - 1]:F1} ms, max {rest[^1]:F1} ms"));
    }
}
