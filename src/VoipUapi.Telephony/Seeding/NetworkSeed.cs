using System.Text.Json;

namespace VoipUapi.Telephony.Seeding;

/// <summary>What a seed gives the network: who exists, how their phones behave, its conferences, its queues and its calls in progress.</summary>
public sealed record NetworkSeed(TelephonyDirectory Directory, PhoneRuleBook Phones)
{
    public IReadOnlyList<ScheduledConference> Conferences { get; init; } = [];

    public IReadOnlyList<QueueDefinition> Queues { get; init; } = [];

    public IReadOnlyList<SeededCall> Calls { get; init; } = [];

    /// <summary>Where the seed came from (a path, or <see cref="SeedLoader.DefaultSeedName"/>), for messages about it.</summary>
    public string Source { get; init; } = SeedLoader.DefaultSeedName;

    /// <summary>The seed's <c>dialects</c> section as written: each dialect reads and checks its own part.</summary>
    public IReadOnlyDictionary<string, JsonElement> Dialects { get; init; } = new Dictionary<string, JsonElement>();
}
