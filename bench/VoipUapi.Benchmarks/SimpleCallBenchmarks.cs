using BenchmarkDotNet.Attributes;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Benchmarks;

/// <summary>
/// The engine's share of the HTTP benchmark's route A: placing a simple call from 0003*210 to the sandbox. The
/// first call keeps 0003*210 ringing, so the others end at once as busy (what wrk's repeated POSTs do), while
/// <see cref="PlaceAndHangUp"/> measures a call that rings, then is hung up.
/// </summary>
[MemoryDiagnoser]
public class SimpleCallBenchmarks
{
    private TelephonyNetwork _network = null!;
    private SimpleCallOrder _fromBusyPhone = null!;
    private SimpleCallOrder _fromFreePhone = null!;

    [GlobalSetup]
    public void Setup()
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        _network = new TelephonyNetwork(seed.Directory, seed.Phones, new VirtualClock(DateTimeOffset.UnixEpoch), new TelephonyOptions());
        Organization organization = seed.Directory.FindOrganization(3)!;
        var extension = new ExtensionNumber("0003", "210");
        var callerId = new CallerId("John Doe", "4242425");
        _fromBusyPhone = new SimpleCallOrder(extension, 12, organization, [PhoneAddress.ForExtension(extension)],
            [PhoneAddress.ForSandbox(organization.SandboxNumber)], callerId, callerId);
        _fromFreePhone = _fromBusyPhone with { Sources = [PhoneAddress.ForPublic("5354353")] };
        _network.PlaceSimpleCall(_fromBusyPhone);
    }

    [GlobalCleanup]
    public void Cleanup() => _network.Dispose();

    [Benchmark(Baseline = true)]
    public Call PlaceFromBusyPhone() => _network.PlaceSimpleCall(_fromBusyPhone).Value!;

    [Benchmark]
    public Outcome<Call, NetworkError> PlaceAndHangUp() => _network.HangUp(_network.PlaceSimpleCall(_fromFreePhone).Value!.Id);

    [Benchmark]
    public int ListViewsOfLiveCalls() => _network.LiveCalls.Sum(call => CallViews.Of(call).Count);
}
