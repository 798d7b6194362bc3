using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// Where the Genesys notifications go: one call per message for one agent, <c>data</c> being the content
/// of the Bayeux message's <c>data</c> field and <c>channel</c> its channel (<c>/v2/me/calls</c>,
/// <c>/v2/me/devices</c>). The CometD server registers the sink that delivers them to subscribers.
/// </summary>
public interface IGenesysNotificationSink
{
    void Publish(string agentUserName, string channel, JsonObject data);
}
