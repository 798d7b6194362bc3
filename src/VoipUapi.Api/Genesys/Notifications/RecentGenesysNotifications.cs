using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// The sink when no CometD server replaces it: keeps the last <see cref="Capacity"/> messages in memory, oldest
/// first, so that a test or the control API can read what would have been delivered.
/// </summary>
public sealed class RecentGenesysNotifications : IGenesysNotificationSink
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly Queue<GenesysNotification> _messages = new();

    public void Publish(string agentUserName, string channel, JsonObject data)
    {
        lock (_gate)
        {
            if (_messages.Count == Capacity)
            {
                _messages.Dequeue();
            }

            _messages.Enqueue(new GenesysNotification(agentUserName, channel, data));
        }
    }

    public IReadOnlyList<GenesysNotification> Snapshot()
    {
        lock (_gate)
        {
            return [.. _messages];
        }
    }
}
