namespace VoipUapi.Telephony.Events;

/// <param name="Queue">The Queue extension whose agent changed status.</param>
public sealed record AgentStatusPayload(string Queue, AgentStatus Status) : EventPayload
{
    public override string Describe() => $"{Queue} {Status switch { AgentStatus.LoggedOut => "loggedOut", AgentStatus.Online => "online", _ => "paused" }}";
}
