using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Actions;

/// <summary>What an action that rings a phone asks for: the phone, what it is shown (null: the engine's default) and how long it rings (null: the default).</summary>
public sealed record RingRequest(PhoneAddress Phone, CallerId? CallerId, TimeSpan? WaitForPickup);
