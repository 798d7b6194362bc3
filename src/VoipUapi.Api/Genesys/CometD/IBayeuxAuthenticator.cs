namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Who sends a Bayeux request: the agent's user name, or null when the request proves no agent.</summary>
public interface IBayeuxAuthenticator
{
    string? AgentUserName(HttpContext context);
}
