using System.Globalization;
using System.Net;
using System.Text;
using VoipUapi.Testing;

namespace VoipUapi.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- allocations [N]</c>: bytes allocated per request on the anchors' two routes, counted by
/// the runtime (<see cref="GC.GetTotalAllocatedBytes"/>, every thread), so the number does not depend on the machine's
/// load. Route A posts N real calls, each from a source of its own, with the request line logged as the published app
/// logs it; the manual clock moves 10 ms per request, so every call rings, answers after 3 s and ends 5 s later within
/// the run (about 800 live at once) and its timers' work is counted too. Route B lists <c>0003*210</c> N times while
/// those calls are live. The types that took the most are sampled by <see cref="AllocationSampler"/>.
/// </summary>
internal static class RequestAllocations
{
    public static async Task MeasureAsync(int count)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Serilog:MinimumLevel:Default", "Information");
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        int source = 0;
        await PostAsync(emulator, client, count, () => ++source);
        await ListAsync(client, count);

        Console.WriteLine("route A, POST .../simple (a real call each):");
        await MeasureAsync(count, () => PostAsync(emulator, client, count, () => ++source));
        Console.WriteLine("route B, GET the list of 0003*210:");
        await MeasureAsync(count, () => ListAsync(client, count));
    }

    private static async Task MeasureAsync(int count, Func<Task> requests)
    {
        using var sampler = new AllocationSampler();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await requests();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {allocated / count:N0} B per request"));
        sampler.Print(top: 20);
    }

    private static async Task PostAsync(EmulatorFactory emulator, HttpClient client, int count, Func<int> nextSource)
    {
        var url = new Uri("/uapi/phoneCalls/@me/simple?callDuration=5", UriKind.Relative);
        for (int i = 0; i < count; i++)
        {
            string body = string.Create(CultureInfo.InvariantCulture,
                $$"""{"extension":"210","phoneCallView":[{"source":["49{{nextSource():D9}}"],"destination":["0003*00"],"callerId":"John Doe <4242425>"}]}""");
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using HttpResponseMessage answer = await client.PostAsync(url, content);
            Expect(answer, HttpStatusCode.Accepted);
            emulator.Advance(TimeSpan.FromMilliseconds(10));
        }
    }

    private static async Task ListAsync(HttpClient client, int count)
    {
        var url = new Uri("/uapi/phoneCalls/@me/0003*210", UriKind.Relative);
        for (int i = 0; i < count; i++)
        {
            using HttpResponseMessage answer = await client.GetAsync(url);
            Expect(answer, HttpStatusCode.OK);
        }
    }

    private static void Expect(HttpResponseMessage answer, HttpStatusCode status)
    {
        if (answer.StatusCode != status)
        {
            throw new InvalidOperationException($"{answer.RequestMessage?.RequestUri} answered {answer.StatusCode}, not {status}");
        }
    }
}
