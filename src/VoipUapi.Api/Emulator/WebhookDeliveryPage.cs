using VoipUapi.Api.Uapi.Webhooks;

namespace VoipUapi.Api.Emulator;

/// <summary>The answer of <c>GET /emulator/webhooks/deliveries</c>.</summary>
/// <param name="Capacity">How many attempts are kept (<c>Uapi:Webhooks:DeliveryLogCapacity</c>); older ones are dropped.</param>
/// <param name="Deliveries">The kept attempts, newest first.</param>
public sealed record WebhookDeliveryPage(int Capacity, IReadOnlyList<WebhookDelivery> Deliveries);
