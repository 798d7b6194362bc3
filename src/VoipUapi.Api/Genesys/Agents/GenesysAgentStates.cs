using System.Collections.Concurrent;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.Agents;

/// <summary>
/// Each agent's contact-center session and voice state, kept by the dialect (the network knows phones, not agents),
/// and the scripted fault of the control API: an agent whose operations are accepted but not carried out.
/// </summary>
public sealed class GenesysAgentStates : IResetWithEmulator
{
    private readonly ConcurrentDictionary<string, AgentSession> _sessions = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _acceptOnly = new(StringComparer.OrdinalIgnoreCase);

    public AgentSession Of(GenesysAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return _sessions.GetValueOrDefault(agent.UserName, AgentSession.LoggedOut);
    }

    public void Set(GenesysAgent agent, AgentSession session)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _sessions[agent.UserName] = session;
    }

    /// <summary>True when the agent's operations answer statusCode 0 and change nothing (control API fault <c>accept-only</c>).</summary>
    public bool IsAcceptOnly(GenesysAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return _acceptOnly.ContainsKey(agent.UserName);
    }

    public void SetAcceptOnly(GenesysAgent agent, bool acceptOnly)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (acceptOnly)
        {
            _acceptOnly[agent.UserName] = true;
        }
        else
        {
            _acceptOnly.TryRemove(agent.UserName, out _);
        }
    }

    /// <summary>A reset forgets every session, voice state and fault.</summary>
    public void Reset()
    {
        _sessions.Clear();
        _acceptOnly.Clear();
    }
}
