namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Until the Genesys dialect has its agents, no request proves one: every Bayeux request gets 401.</summary>
public sealed class NoAgentAuthenticator : IBayeuxAuthenticator
{
    public string? AgentUserName(HttpContext context) => null;
}
