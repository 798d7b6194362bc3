using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// Where the dialect hands each notification: the registered <see cref="IGenesysNotificationSink"/> (the CometD
/// server's, once registered), and always the <see cref="RecentGenesysNotifications"/> kept in memory, so that what
/// was announced can be read whichever sink delivers it.
/// </summary>
public sealed class GenesysNotificationOutlet(IGenesysNotificationSink sink, RecentGenesysNotifications recent)
{
    public void Publish(string agentUserName, string channel, JsonObject data)
    {
        if (!ReferenceEquals(sink, recent))
        {
            recent.Publish(agentUserName, channel, (JsonObject)data.DeepClone());
        }

        sink.Publish(agentUserName, channel, data);
    }
}
