using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Benchmarks;

/// <summary>
/// A network of the default seed on a frozen clock, with as many ringing calls as a benchmark asks for: each from a
/// public number of its own (one no seed rule makes busy) to the sandbox, charged to 0003*210, so they keep ringing
/// until the clock moves.
/// </summary>
internal sealed class LoadedNetwork : IDisposable
{
    public static readonly ExtensionNumber Charged = new("0003", "210");

    private readonly SimpleCallOrder _template;

    public LoadedNetwork(TelephonyOptions? options = null)
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        Clock = new VirtualClock(DateTimeOffset.UnixEpoch);
        Network = new TelephonyNetwork(seed.Directory, seed.Phones, Clock, options ?? new TelephonyOptions());
        Organization organization = seed.Directory.FindOrganization(3)!;
        var callerId = new CallerId("John Doe", "4242425");
        _template = new SimpleCallOrder(Charged, 12, organization, [PhoneAddress.ForExtension(Charged)],
            [PhoneAddress.ForSandbox(organization.SandboxNumber)], callerId, callerId);
    }

    public TelephonyNetwork Network { get; }

    public VirtualClock Clock { get; }

    /// <summary>A call from <paramref name="source"/> (an extension, a sandbox or a public number) to the sandbox.</summary>
    public SimpleCallOrder From(PhoneAddress source) => _template with { Sources = [source] };

    /// <summary>Places <paramref name="count"/> calls that ring (public numbers ending in 5 meet no busy rule).</summary>
    public List<Call> PlaceRinging(int count, int first = 0)
    {
        var calls = new List<Call>(count);
        for (int i = first; i < first + count; i++)
        {
            calls.Add(Network.PlaceSimpleCall(From(PhoneAddress.ForPublic($"49{i:D8}5"))).Value!);
        }

        return calls;
    }

    public void Dispose() => Network.Dispose();
}
