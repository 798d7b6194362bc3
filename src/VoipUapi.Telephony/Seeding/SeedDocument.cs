using System.Text.Json;

namespace VoipUapi.Telephony.Seeding;

/// <summary>The JSON shape of a seed file (documented in docs/seed.md).</summary>
public sealed class SeedDocument
{
    public List<SeedOrganization> Organizations { get; set; } = [];

    public List<SeedUser> Users { get; set; } = [];

    public List<SeedExtension> Extensions { get; set; } = [];

    public List<SeedApp> Apps { get; set; } = [];

    public SeedPhones Phones { get; set; } = new();

    public List<SeedConference> Conferences { get; set; } = [];

    public List<SeedQueueExtension> Queues { get; set; } = [];

    public List<SeedCall> Calls { get; set; } = [];

    /// <summary>What a dialect adds to the seed (its people, for one), by dialect name; the network passes it on unread.</summary>
    public Dictionary<string, JsonElement> Dialects { get; set; } = [];
}
