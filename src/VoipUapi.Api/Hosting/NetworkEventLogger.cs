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

        long seen = network.Events.LastSequence;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await network.Events.WaitAfterAsync(seen, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            foreach (NetworkEvent change in network.Events.After(seen))
            {
                LogEvent(change.Sequence, change.CallId.Value, change.Kind, change.Phone, change.Detail, change.At);
                seen = change.Sequence;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {Sequence} call {CallId} {Kind} {Phone} {Detail} at {At:O}")]
    private partial void LogEvent(long sequence, string callId, NetworkEventKind kind, string? phone, string? detail, DateTimeOffset at);
}
