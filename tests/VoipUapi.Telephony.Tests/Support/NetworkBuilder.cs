namespace VoipUapi.Telephony.Tests.Support;

/// <summary>
/// Builds a network from the embedded default seed on a <see cref="VirtualClock"/> frozen at <see cref="TestTime.T0"/>.
/// Phone rules added here win over the seed's; options start at their defaults.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly List<PhoneRule> _rules = [];
    private readonly TelephonyOptions _options = new();

    /// <summary>Makes the phone <paramref name="number"/> (exactly) behave as <paramref name="behaviour"/>.</summary>
    public NetworkBuilder WithPhone(string number, PhoneBehaviour behaviour)
    {
        _rules.Add(new PhoneRule(number, EndsWith: null, Kind: null, behaviour));
        return this;
    }

    public NetworkBuilder WithOptions(Action<TelephonyOptions> configure)
    {
        configure(_options);
        return this;
    }

    public TestNetwork Build()
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        var phones = new PhoneRuleBook([.. _rules, .. seed.Phones.Rules], seed.Phones.Fallback);
        var clock = new VirtualClock(TestTime.T0);
        var network = new TelephonyNetwork(seed.Directory, phones, clock, _options, new CallIdGenerator(seed: 42));
        return new TestNetwork(network, clock);
    }
}
