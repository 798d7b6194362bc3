using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.CallEvents;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>
/// Makes the request of a call event to its subscriber through the named client <see cref="ClientName"/>: a GET with
/// the parameters in the query string or a POST with them as a form. A failed attempt (no answer in
/// <c>Uapi:Webhooks:TimeoutSeconds</c>, or a status other than 2xx) is retried after each of
/// <c>Uapi:Webhooks:RetryDelaysSeconds</c> on the emulator's clock. Every attempt is kept in the
/// <see cref="WebhookDeliveryLog"/>, after its retry is scheduled.
/// </summary>
public sealed partial class WebhookSender(
    IHttpClientFactory clients, WebhookDeliveryLog log, TimeProvider time, IOptions<WebhookOptions> options, ILogger<WebhookSender> logger)
    : IResetWithEmulator, IDisposable
{
    public const string ClientName = "uapi-webhooks";

    private readonly ClockDelays _retries = new(time);
    private readonly CancellationTokenSource _stopping = new();
    private int _generation;
    private int _disposed;

    /// <summary>Makes the first attempt now; the task ends when it (not its retries) is done, and never faults.</summary>
    public Task SendAsync(PhoneCallEventSubscription subscription, CallEventOccurrence occurrence)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        return AttemptAsync(subscription, occurrence, attempt: 1, Volatile.Read(ref _generation));
    }

    /// <summary>Drops the retries still waiting and the attempts kept; attempts in flight are not recorded.</summary>
    public void Reset()
    {
        Interlocked.Increment(ref _generation);
        _retries.CancelAll();
        log.Clear();
    }

    /// <summary>Idempotent: the container disposes the sender once as itself and once as an <see cref="IResetWithEmulator"/>.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _retries.Dispose();
        _stopping.Dispose();
    }

    private async Task AttemptAsync(PhoneCallEventSubscription subscription, CallEventOccurrence occurrence, int attempt, int generation)
    {
        DateTimeOffset at = time.GetUtcNow();
        string url = subscription.UsesPost
            ? subscription.Url.OriginalString
            : QueryHelpers.AddQueryString(subscription.Url.OriginalString, occurrence.Parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        (int? status, string? error) = await RequestAsync(subscription.UsesPost, url, occurrence.Parameters);
        if (generation != Volatile.Read(ref _generation))
        {
            return;
        }

        bool failed = status is not (>= 200 and < 300);
        IReadOnlyList<double> delays = options.Value.RetryDelays;
        DateTimeOffset? next = null;
        if (failed && attempt <= delays.Count)
        {
            TimeSpan delay = TimeSpan.FromSeconds(delays[attempt - 1]);
            next = time.GetUtcNow() + delay;
            _retries.Schedule(delay, () => _ = Task.Run(() => AttemptAsync(subscription, occurrence, attempt + 1, generation)));
        }

        WebhookDelivery kept = log.Add(new WebhookDelivery(
            0,
            subscription.Extension.ToString(),
            (int)subscription.Type,
            subscription.Id,
            occurrence.Parameters.First(p => p.Key == "CallID").Value,
            subscription.UsesPost ? "POST" : "GET",
            url,
            occurrence.Parameters.ToDictionary(StringComparer.Ordinal),
            attempt,
            status,
            error,
            at.UtcDateTime,
            next?.UtcDateTime));
        LogAttempt(kept.Sequence, kept.Method, kept.Url, attempt, status, error);
    }

    private async Task<(int? Status, string? Error)> RequestAsync(bool post, string url, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        try
        {
            HttpClient client = clients.CreateClient(ClientName);
            using var request = new HttpRequestMessage(post ? HttpMethod.Post : HttpMethod.Get, new Uri(url));
            if (post)
            {
                request.Content = new FormUrlEncodedContent(parameters);
            }

            using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stopping.Token);
            return ((int)response.StatusCode, null);
        }
        catch (TaskCanceledException) when (!_stopping.IsCancellationRequested)
        {
            return (null, $"no answer within {options.Value.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s (Uapi:Webhooks:TimeoutSeconds)");
        }
        catch (HttpRequestException failure)
        {
            return (null, failure.Message);
        }
        catch (OperationCanceledException)
        {
            return (null, "the emulator is stopping");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Call event delivery {Sequence}: {Method} {Url}, attempt {Attempt}: status {Status} {Error}")]
    private partial void LogAttempt(long sequence, string method, string url, int attempt, int? status, string? error);
}
