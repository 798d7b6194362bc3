namespace VoipUapi.Telephony.Calls;

/// <summary><paramref name="Party"/>, talking on <paramref name="CallId"/>, puts it on hold and calls <paramref name="Target"/> on another line.</summary>
/// <param name="CallerId">Shown to <paramref name="Target"/>.</param>
/// <param name="WaitForPickup">How long <paramref name="Target"/> rings; null takes the configured default.</param>
public sealed record ConsultOrder(CallId CallId, PhoneAddress Party, PhoneAddress Target, CallerId CallerId, TimeSpan? WaitForPickup = null);
