namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>One attempt to deliver a call event, as <c>GET /emulator/webhooks/deliveries</c> shows it.</summary>
/// <param name="Sequence">Numbers the attempts in the order they finished, from 1.</param>
/// <param name="Url">The URL requested: for a GET with the parameters in its query string.</param>
/// <param name="Parameters">The vendor's parameters, in its order.</param>
/// <param name="Attempt">1 for the first request of the event, 2 for its first retry...</param>
/// <param name="Status">The HTTP status the subscriber answered; null when there was no answer (see <paramref name="Error"/>).</param>
/// <param name="Error">Why the attempt failed without an answer (a timeout, a refused connection), or null.</param>
/// <param name="At">When the attempt was made, on the emulator's clock.</param>
/// <param name="NextAttemptAt">When it is retried (emulator's clock), when it failed and retries are left.</param>
public sealed record WebhookDelivery(
    long Sequence,
    string Extension,
    int EventType,
    string EventId,
    string CallId,
    string Method,
    string Url,
    IReadOnlyDictionary<string, string> Parameters,
    int Attempt,
    int? Status,
    string? Error,
    DateTime At,
    DateTime? NextAttemptAt);
