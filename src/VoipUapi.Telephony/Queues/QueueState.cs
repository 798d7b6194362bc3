namespace VoipUapi.Telephony.Queues;

/// <summary>A queue as it stands: its agents' statuses and the calls waiting, first in line first. Under the kernel's lock.</summary>
internal sealed class QueueState(QueueDefinition definition, TelephonyOptions options)
{
    public QueueDefinition Definition { get; } = definition;

    public string Number { get; } = definition.Number.ToString();

    public Dictionary<string, AgentStatus> Statuses { get; } = definition.Agents.ToDictionary(agent => agent.ToString(), _ => AgentStatus.Online, StringComparer.Ordinal);

    public List<CallId> Waiting { get; } = [];

    public TimeSpan MaxWait => Definition.MaxWait ?? TimeSpan.FromSeconds(options.QueueMaxWaitSeconds);

    public TimeSpan AgentRing => Definition.AgentRing ?? TimeSpan.FromSeconds(options.QueueAgentRingSeconds);

    public bool IsFirstInLine(CallId call) => Waiting.Count > 0 && Waiting[0] == call;

    /// <summary>Every agent online again and nobody waiting, as the seed made it.</summary>
    public void Restore()
    {
        foreach (string agent in Statuses.Keys.ToList())
        {
            Statuses[agent] = AgentStatus.Online;
        }

        Waiting.Clear();
    }
}
