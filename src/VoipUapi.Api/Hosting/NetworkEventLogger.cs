using VoipUapi.Telephony;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Hosting;

/// <summary>Logs every network event (a call's state changes) at Debug, reading the event log outside the engine's lock.</summary>
public sealed partial class NetworkEventLogger(TelephonyNetwork network, ILogger<NetworkEventLogger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        try
        {
            await foreach (EventBatch batch in network.Events.ReadAsync(network.Events.LastSequence, cancellationToken: stoppingToken))
            {
                if (batch.HasGap)
                {
                    LogGap(batch.MissedFrom, batch.MissedTo);
                }

                foreach (NetworkEvent change in batch.Events)
                {
                    LogEvent(change.Sequence, change.CallId?.Value, change.Kind, change.Phone, change.Detail, change.At);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {Sequence} call {CallId} {Kind} {Phone} {Detail} at {At:O}")]
    private partial void LogEvent(long sequence, string? callId, NetworkEventKind kind, string? phone, string? detail, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Events {From} to {To} were dropped from the event log before they were logged")]
    private partial void LogGap(long from, long to);
}
