using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys.Agents;

/// <summary>The device of a path (<c>/api/v2/me/devices/{id}</c>): the agent's own, or a refusal that says which to send.</summary>
public static class AgentDevice
{
    /// <summary>Why <paramref name="id"/> does not name the agent's device (blank, or another one); null when it does.</summary>
    public static GenesysError? Refusal(GenesysAgent agent, string? id)
    {
        ArgumentNullException.ThrowIfNull(agent);
        string hint = $"send its device id {agent.DeviceId} (GET /api/v2/me/devices).";
        return string.IsNullOrWhiteSpace(id) ? GenesysError.Missing("the device id", hint)
            : !string.Equals(id.Trim(), agent.DeviceId, StringComparison.OrdinalIgnoreCase) ? GenesysError.NotFound($"the agent {agent.UserName} has no device '{id.Trim()}'; {hint}")
            : null;
    }
}
