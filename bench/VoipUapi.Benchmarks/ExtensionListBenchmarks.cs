using BenchmarkDotNet.Attributes;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Benchmarks;

/// <summary>
/// Listing the two live calls of 0003*024 (what GET /uapi/phoneCalls/@me/0003*024 asks the engine for, with their
/// views) while 0 or 100,000 other calls ring: from the index, and by the scan it replaced.
/// </summary>
[MemoryDiagnoser]
public class ExtensionListBenchmarks
{
    private const string Listed = "0003*024";

    private LoadedNetwork _world = null!;

    [Params(0, 100_000)]
    public int OtherLiveCalls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _world = new LoadedNetwork();
        _world.PlaceRinging(OtherLiveCalls);
        PhoneAddress jane = PhoneAddress.ForExtension(new ExtensionNumber("0003", "024"));
        _world.Network.PlaceSimpleCall(_world.From(jane));
        _world.Network.PlaceSimpleCall(_world.From(jane));
    }

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();

    [Benchmark(Baseline = true)]
    public int FromTheIndex() => ViewsOf(_world.Network.LiveCallsOf(Listed));

    [Benchmark]
    public int ByScanningEveryLiveCall() => ViewsOf(_world.Network.LiveCalls.Where(call => call.Involves(Listed)));

    private static int ViewsOf(IEnumerable<Call> calls) => calls.OrderBy(call => call.Published).Sum(call => CallViews.Of(call).Count);
}
