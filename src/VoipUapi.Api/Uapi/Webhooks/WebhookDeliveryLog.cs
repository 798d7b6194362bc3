using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>The most recent delivery attempts, in a ring of <c>Uapi:Webhooks:DeliveryLogCapacity</c>; readers can wait for the next one.</summary>
public sealed class WebhookDeliveryLog : IRestartWithEmulator
{
    private readonly Lock _gate = new();
    private readonly NumberedRing<WebhookDelivery> _ring;
    private TaskCompletionSource? _added;

    public WebhookDeliveryLog(IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ring = new NumberedRing<WebhookDelivery>(options.Value.DeliveryLogCapacity);
    }

    public int Capacity => _ring.Capacity;

    /// <summary>The number of the latest attempt (0 before the first); it keeps counting across <see cref="Clear"/>.</summary>
    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _ring.Last;
            }
        }
    }

    /// <summary>Numbers the attempt (its own sequence number is ignored) and keeps it, dropping the oldest when full.</summary>
    public WebhookDelivery Add(WebhookDelivery attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        TaskCompletionSource? waiting;
        WebhookDelivery kept;
        lock (_gate)
        {
            kept = _ring.Add(sequence => attempt with { Sequence = sequence });
            waiting = _added;
            _added = null;
        }

        waiting?.TrySetResult();
        return kept;
    }

    /// <summary>At most <paramref name="count"/> of the kept attempts, newest first.</summary>
    public WebhookDelivery[] Newest(int count)
    {
        lock (_gate)
        {
            return _ring.Newest(count);
        }
    }

    /// <summary>The kept attempts numbered above <paramref name="sequence"/>, oldest first.</summary>
    public WebhookDelivery[] After(long sequence)
    {
        lock (_gate)
        {
            return _ring.After(sequence);
        }
    }

    /// <summary>Completes once an attempt numbered above <paramref name="sequence"/> was kept.</summary>
    public async Task WaitAfterAsync(long sequence, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task added;
            lock (_gate)
            {
                if (_ring.Last > sequence)
                {
                    return;
                }

                _added ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                added = _added.Task;
            }

            await added.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets every kept attempt; numbers keep counting.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _ring.Clear();
        }
    }

    /// <summary>Forgets every kept attempt, and numbers count from 1 again.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            _ring.Restart();
        }
    }
}
