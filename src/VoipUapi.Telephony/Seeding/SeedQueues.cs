namespace VoipUapi.Telephony.Seeding;

/// <summary>Turns the seed's <c>queues</c> into queue definitions, refusing any whose extension or agents the seed does not have.</summary>
internal sealed class SeedQueues(string source)
{
    public List<QueueDefinition> Build(IReadOnlyList<SeedQueueExtension> seeded, TelephonyDirectory directory)
    {
        List<QueueDefinition> queues = [];
        foreach (SeedQueueExtension queue in seeded)
        {
            string entity = $"queue {queue.Extension ?? "(no extension)"}";
            Require(ExtensionNumber.TryParse(queue.Extension, out ExtensionNumber number), entity, "extension must be an extended number like \"0003*250\"");
            Require(directory.FindExtension(number) is { Type: ExtensionType.Queue }, entity, "extension must be a Queue extension of the seed");
            Require(queues.TrueForAll(q => q.Number != number), entity, "the extension has two queues; give each Queue extension one entry");
            Require(queue.Agents is { Count: > 0 }, entity, "agents is missing or empty; list the Phone Terminal extensions that answer its calls, like [\"0003*210\"]");
            List<ExtensionNumber> agents = [];
            foreach (string? agent in queue.Agents!)
            {
                Require(ExtensionNumber.TryParse(agent, out ExtensionNumber parsed) && directory.FindExtension(parsed) is { Type: ExtensionType.PhoneTerminal },
                    entity, $"agent {agent ?? "null"} must be a Phone Terminal extension of the seed, written extended like \"0003*210\"");
                Require(parsed.OrganizationCode == number.OrganizationCode, entity, $"agent {parsed} belongs to organization {parsed.OrganizationCode}, not {number.OrganizationCode}");
                Require(!agents.Contains(parsed), entity, $"agent {parsed} is listed twice");
                agents.Add(parsed);
            }

            queues.Add(new QueueDefinition(number, agents, Seconds(queue.MaxWaitSeconds, 86400, "maxWaitSeconds", entity), Seconds(queue.AgentRingSeconds, 600, "agentRingSeconds", entity)));
        }

        return queues;
    }

    private TimeSpan? Seconds(double? seconds, double max, string field, string entity)
    {
        Require(seconds is null || (double.IsFinite(seconds.Value) && seconds >= 1 && seconds <= max), entity, $"{field} must be between 1 and {max}, or absent for the configured default");
        return seconds is { } value ? TimeSpan.FromSeconds(value) : null;
    }

    private void Require(bool condition, string entity, string problem)
    {
        if (!condition)
        {
            throw new SeedException($"seed {source}: {entity}: {problem}.");
        }
    }
}
