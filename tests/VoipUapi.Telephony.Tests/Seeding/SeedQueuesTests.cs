using System.Text;

namespace VoipUapi.Telephony.Tests.Seeding;

/// <summary>The <c>queues</c> section of a seed, and what it refuses.</summary>
public sealed class SeedQueuesTests
{
    private const string Directory = """
        "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }, { "id": 4, "code": "0004", "name": "Second" }],
        "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }, { "id": 20, "organizationId": 4, "name": "Max" }],
        "extensions": [
          { "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" },
          { "number": "0003*211", "type": "conference", "ownerId": 12, "callerId": "John Doe Conference <4242426>" },
          { "number": "0003*250", "type": "queue", "ownerId": 12, "callerId": "Queue <4242427>" },
          { "number": "0004*210", "type": "phoneTerminal", "ownerId": 20, "callerId": "Max <4930123456>" }
        ],
        """;

    [Fact]
    public void A_queue_loads_with_its_agents_in_order_and_its_own_times()
    {
        NetworkSeed seed = Load("""{ "extension": "0003*250", "agents": ["0003*210"], "maxWaitSeconds": 60, "agentRingSeconds": 5 }""");

        QueueDefinition queue = seed.Queues.Should().ContainSingle().Subject;
        queue.Number.Should().Be(new ExtensionNumber("0003", "250"));
        queue.Agents.Should().Equal(new ExtensionNumber("0003", "210"));
        (queue.MaxWait, queue.AgentRing).Should().Be((TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("""{ "extension": "0003*211", "agents": ["0003*210"] }""", "queue 0003*211: extension must be a Queue extension of the seed.")]
    [InlineData("""{ "extension": "0003*250" }""", "queue 0003*250: agents is missing or empty; list the Phone Terminal extensions that answer its calls, like [\"0003*210\"].")]
    [InlineData("""{ "extension": "0003*250", "agents": ["0003*211"] }""", "queue 0003*250: agent 0003*211 must be a Phone Terminal extension of the seed, written extended like \"0003*210\".")]
    [InlineData("""{ "extension": "0003*250", "agents": ["0004*210"] }""", "queue 0003*250: agent 0004*210 belongs to organization 0004, not 0003.")]
    [InlineData("""{ "extension": "0003*250", "agents": ["0003*210", "0003*210"] }""", "queue 0003*250: agent 0003*210 is listed twice.")]
    [InlineData("""{ "extension": "0003*250", "agents": ["0003*210"], "maxWaitSeconds": 0 }""", "queue 0003*250: maxWaitSeconds must be between 1 and 86400, or absent for the configured default.")]
    [InlineData("""{ "extension": "0003*250", "agents": ["0003*210"], "agentRingSeconds": 601 }""", "queue 0003*250: agentRingSeconds must be between 1 and 600, or absent for the configured default.")]
    public void A_queue_the_network_could_not_run_as_written_is_refused(string queue, string message)
    {
        Action load = () => Load(queue);

        load.Should().Throw<SeedException>().WithMessage($"seed test seed: {message}");
    }

    [Fact]
    public void Two_queues_on_one_extension_are_refused()
    {
        Action load = () => Load("""{ "extension": "0003*250", "agents": ["0003*210"] }, { "extension": "0003*250", "agents": ["0003*210"] }""");

        load.Should().Throw<SeedException>().WithMessage("seed test seed: queue 0003*250: the extension has two queues; give each Queue extension one entry.");
    }

    private static NetworkSeed Load(string queues) =>
        SeedLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes($$"""{ {{Directory}} "phones": { "default": { "behaviour": "answer" } }, "queues": [{{queues}}] }""")), "test seed");
}
