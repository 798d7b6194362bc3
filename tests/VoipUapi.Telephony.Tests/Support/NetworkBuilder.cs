namespace VoipUapi.Telephony.Tests.Support;

/// <summary>
/// Builds a network from the embedded default seed on a <see cref="VirtualClock"/> frozen at <see cref="TestTime.T0"/>.
/// Phone rules added here win over the seed's; options start at their defaults. The seed's conferences are scheduled and its queues defined;
/// its calls in progress start only with <see cref="WithSeedCalls"/>.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly List<PhoneRule> _rules = [];
    private readonly List<ScheduledConference> _conferences = [];
    private readonly TelephonyOptions _options = new();
    private bool _seedCalls;

    /// <summary>Makes the phone <paramref name="number"/> (exactly) behave as <paramref name="behaviour"/>, with <paramref name="lines"/> lines (null: the default phone's).</summary>
    public NetworkBuilder WithPhone(string number, PhoneBehaviour behaviour, int? lines = null)
    {
        _rules.Add(new PhoneRule(number, EndsWith: null, Kind: null, behaviour, lines));
        return this;
    }

    /// <summary>Gives the phone <paramref name="number"/> (exactly) <paramref name="lines"/> lines, its behaviour left to the seed.</summary>
    public NetworkBuilder WithLines(string number, int lines)
    {
        _rules.Add(new PhoneRule(number, EndsWith: null, Kind: null, Behaviour: null, lines));
        return this;
    }

    /// <summary>Schedules <paramref name="conference"/> beside the seed's.</summary>
    public NetworkBuilder WithConference(ScheduledConference conference)
    {
        _conferences.Add(conference);
        return this;
    }

    /// <summary>Starts the seed's calls in progress (b817d2618fe6f1804db1 on 0003*210, b817d2618fe6f1804333 ringing it).</summary>
    public NetworkBuilder WithSeedCalls()
    {
        _seedCalls = true;
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
        var phones = new PhoneRuleBook([.. _rules, .. seed.Phones.Rules], seed.Phones.Fallback, seed.Phones.FallbackLines);
        var clock = new VirtualClock(TestTime.T0);
        var network = new TelephonyNetwork(seed.Directory, phones, clock, _options, new CallIdGenerator(seed: 42));
        network.ScheduleConferences([.. seed.Conferences, .. _conferences]);
        network.DefineQueues(seed.Queues);
        if (_seedCalls)
        {
            network.StartSeededCalls(seed.Calls);
        }

        return new TestNetwork(network, clock);
    }
}
