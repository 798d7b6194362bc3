namespace VoipUapi.Telephony.Seeding;

/// <summary>What a seed gives the network: who exists, how their phones behave, its conferences and its calls in progress.</summary>
public sealed record NetworkSeed(TelephonyDirectory Directory, PhoneRuleBook Phones)
{
    public IReadOnlyList<ScheduledConference> Conferences { get; init; } = [];

    public IReadOnlyList<SeededCall> Calls { get; init; } = [];
}
