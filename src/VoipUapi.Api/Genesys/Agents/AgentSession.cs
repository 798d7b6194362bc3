namespace VoipUapi.Api.Genesys.Agents;

/// <summary>An agent's contact-center state: whether its session is started (with its channels), and its voice state.</summary>
public sealed record AgentSession(bool Started, IReadOnlyList<string> Channels, AgentUserState UserState)
{
    public static AgentSession LoggedOut { get; } = new(false, [], AgentUserState.NotReady);
}
