using System.Text.Json.Nodes;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// The last <see cref="Capacity"/> notifications, oldest first, whichever sink delivers them (the
/// <see cref="GenesysNotificationOutlet"/> copies each here), and the sink itself when no CometD server registers one:
/// what a test or a tool reads to see what was announced.
/// </summary>
public sealed class RecentGenesysNotifications : IGenesysNotificationSink, IResetWithEmulator
{
    public const int Capacity = 1000;

    private readonly Lock _gate = new();
    private readonly Queue<GenesysNotification> _messages = new();
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Publish(string agentUserName, string channel, JsonObject data)
    {
        lock (_gate)
        {
            if (_messages.Count == Capacity)
            {
                _messages.Dequeue();
            }

            _messages.Enqueue(new GenesysNotification(agentUserName, channel, data));
            _published.TrySetResult();
            _published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The first message kept (or published from now on) that matches <paramref name="match"/>.</summary>
    public async Task<GenesysNotification> WaitForAsync(Func<GenesysNotification, bool> match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (_messages.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                next = _published.Task;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _messages.Clear();
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
