using BenchmarkDotNet.Attributes;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Benchmarks;

/// <summary>
/// The engine's share of the HTTP benchmark's route A: placing a simple call from 0003*210 to the sandbox. The
/// first call keeps 0003*210 ringing, so the others end at once as busy (what wrk's repeated POSTs do), while
/// <see cref="PlaceAndHangUp"/> measures a call that rings, then is hung up.
/// </summary>
[MemoryDiagnoser]
public class SimpleCallBenchmarks
{
    private LoadedNetwork _world = null!;
    private TelephonyNetwork _network = null!;
    private SimpleCallOrder _fromBusyPhone = null!;
    private SimpleCallOrder _fromFreePhone = null!;

    [GlobalSetup]
    public void Setup()
    {
        _world = new LoadedNetwork();
        _network = _world.Network;
        _fromBusyPhone = _world.From(PhoneAddress.ForExtension(LoadedNetwork.Charged));
        _fromFreePhone = _world.From(PhoneAddress.ForPublic("5354353"));
        _network.PlaceSimpleCall(_fromBusyPhone);
    }

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();

    [Benchmark(Baseline = true)]
    public Call PlaceFromBusyPhone() => _network.PlaceSimpleCall(_fromBusyPhone).Value!;

    [Benchmark]
    public Outcome<Call, NetworkError> PlaceAndHangUp() => _network.HangUp(_network.PlaceSimpleCall(_fromFreePhone).Value!.Id);

    [Benchmark]
    public int ListViewsOfLiveCalls() => _network.LiveCalls.Sum(call => CallViews.Of(call).Count);
}
