using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Events;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>
/// Follows the network's event log, outside the engine's lock, and hands every call event an enabled PhoneCallEvent
/// subscribes to to the <see cref="WebhookSender"/> at once: first attempts never wait for the clock, frozen or not.
/// </summary>
public sealed partial class WebhookDispatcher(TelephonyNetwork network, PhoneCallEventStore store, WebhookSender sender, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    private readonly CallEventTrigger _trigger = new(network.Directory);
    private readonly Func<ExtensionNumber, PhoneCallEventType, bool> _subscribed = store.HasEnabled;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => FollowAsync(network.Events.LastSequence, stoppingToken);

    private async Task FollowAsync(long after, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (EventBatch batch in network.Events.ReadAsync(after, cancellationToken: stoppingToken))
            {
                if (batch.StartedOver)
                {
                    _trigger.Forget();
                }
                else if (batch.HasGap)
                {
                    LogGap(batch.MissedFrom, batch.MissedTo);
                    _trigger.ForgetAllBut(id => network.FindLiveCall(id) is not null);
                }

                foreach (NetworkEvent change in batch.Events)
                {
                    Dispatch(change);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Dispatch(NetworkEvent change)
    {
        foreach (CallEventOccurrence occurrence in _trigger.Of(change, _subscribed))
        {
            foreach (PhoneCallEventSubscription subscription in store.Of(occurrence.Extension, occurrence.Type).Where(s => s.Enabled))
            {
                _ = sender.SendAsync(subscription, occurrence);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Events {From} to {To} left the event log before their call events were sent; raise Telephony:EventLogCapacity")]
    private partial void LogGap(long from, long to);
}
