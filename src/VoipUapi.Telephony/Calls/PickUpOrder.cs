namespace VoipUapi.Telephony.Calls;

/// <summary>Take a call that rings on one phone and ring another with it instead.</summary>
/// <param name="RingingOn">The phone the call rings on now.</param>
/// <param name="SendCallTo">The phone that rings instead, for <paramref name="WaitForPickup"/>.</param>
/// <param name="CallerId">Shown to <paramref name="SendCallTo"/>; null: what the ringing phone was shown.</param>
/// <param name="WaitForPickup">How long <paramref name="SendCallTo"/> rings before the call is cancelled; null takes the configured default.</param>
public sealed record PickUpOrder(
    CallId CallId,
    PhoneAddress RingingOn,
    PhoneAddress SendCallTo,
    CallerId? CallerId = null,
    TimeSpan? WaitForPickup = null);
