namespace VoipUapi.Api.Genesys.Agents;

/// <summary>The voice channel state an agent sets with Ready, NotReady and AfterCallWork (AgentState pages).</summary>
public enum AgentUserState
{
    NotReady,
    Ready,
    AfterCallWork,
}
