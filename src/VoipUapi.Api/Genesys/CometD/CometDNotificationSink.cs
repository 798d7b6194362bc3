using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Notifications;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// The sink once the CometD server runs: every notification is queued for the agent's subscribed clients, and also
/// kept among the <see cref="RecentGenesysNotifications"/>, which tests and the control API read whoever subscribed.
/// </summary>
public sealed class CometDNotificationSink(BayeuxClients clients, RecentGenesysNotifications recent) : IGenesysNotificationSink
{
    public void Publish(string agentUserName, string channel, JsonObject data)
    {
        recent.Publish(agentUserName, channel, data);
        clients.Publish(agentUserName, channel, data);
    }
}
