using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Agents;

namespace VoipUapi.Api.Genesys.Views;

/// <summary>The device resource of GWS (DevicesAttribs page): the agent's phone and its voice state.</summary>
public static class GenesysDeviceResource
{
    public static JsonObject Of(GenesysAgent agent, AgentSession session, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(session);
        return new JsonObject
        {
            ["id"] = agent.DeviceId,
            ["deviceState"] = session.Started ? "Active" : "Inactive",
            ["userState"] = UserState(session.UserState),
            ["phoneNumber"] = agent.PhoneNumber,
            ["e164Number"] = agent.PhoneNumber,
            ["telephonyNetwork"] = "Private",
            ["doNotDisturb"] = "Off",
            ["voiceEnvironmentUri"] = $"{baseUrl}{GenesysRegistration.PathPrefix}/voice-environments/{agent.Extension.Number.OrganizationCode}",
            ["capabilities"] = new JsonArray("ForwardCallsOn", "DoNotDisturbOn"),
            ["uri"] = DeviceUri(agent, baseUrl),
            ["path"] = $"/devices/{agent.DeviceId}",
        };
    }

    public static string DeviceUri(GenesysAgent agent, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return $"{baseUrl}{GenesysRegistration.PathPrefix}/devices/{agent.DeviceId}";
    }

    /// <summary>The <c>userState</c> of the AgentState pages' samples, ids included.</summary>
    private static JsonObject UserState(AgentUserState state) => state switch
    {
        AgentUserState.Ready => new JsonObject { ["id"] = "9430250E-0A1B-421F-B372-F29E69366DED", ["displayName"] = "Ready", ["state"] = "Ready" },
        AgentUserState.AfterCallWork => new JsonObject
        {
            ["id"] = "D3663509-3D82-4DD3-A82E-2EA8EFA02AEF", ["displayName"] = "AfterCallWork", ["state"] = "NotReady", ["workMode"] = "AfterCallWork",
        },
        _ => new JsonObject { ["id"] = "900D55CC-2BB0-431F-8BF9-D3525B383BE6", ["displayName"] = "Not Ready", ["state"] = "NotReady" },
    };
}
