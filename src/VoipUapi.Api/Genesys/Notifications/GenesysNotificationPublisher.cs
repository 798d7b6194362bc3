using VoipUapi.Telephony;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// Follows the network's event log in order, outside the engine's lock, and hands each agent's CallStateChangeMessage
/// to the <see cref="IGenesysNotificationSink"/>. Events the log dropped before it got to them are logged and skipped.
/// </summary>
public sealed partial class GenesysNotificationPublisher(
    TelephonyNetwork network, GenesysCallNotifications notifications, GenesysNotificationOutlet sink, ILogger<GenesysNotificationPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (EventBatch batch in network.Events.ReadAsync(network.Events.LastSequence, cancellationToken: stoppingToken))
            {
                if (batch.HasGap)
                {
                    LogGap(batch.MissedFrom, batch.MissedTo);
                }

                foreach (GenesysNotification message in notifications.Project(batch.Events))
                {
                    sink.Publish(message.AgentUserName, message.Channel, message.Data);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Events {From} to {To} were dropped from the event log before Genesys notifications were sent for them")]
    private partial void LogGap(long from, long to);
}
