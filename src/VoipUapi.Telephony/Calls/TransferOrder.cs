namespace VoipUapi.Telephony.Calls;

/// <summary>A blind transfer: <paramref name="From"/> leaves, and the call rings <paramref name="SendCallTo"/> for the party that stays.</summary>
/// <param name="From">The party that transfers (and leaves).</param>
/// <param name="Transferred">The party that stays and is put through; null: the one other party talking on the call.</param>
/// <param name="CallerId">Shown to <paramref name="SendCallTo"/>; null: what the transferred party's phone was shown.</param>
public sealed record TransferOrder(
    CallId CallId,
    PhoneAddress From,
    PhoneAddress SendCallTo,
    PhoneAddress? Transferred = null,
    CallerId? CallerId = null,
    TimeSpan? WaitForPickup = null);
