namespace VoipUapi.Telephony.Calls;

/// <summary>A simple call, resolved and checked by the dialect that received it.</summary>
/// <param name="WaitForPickup">How long each ringing stage may last; null takes the configured default.</param>
/// <param name="Duration">How long the call lasts once connected; null takes the configured default.</param>
/// <param name="AllowPublicTransfer">True when a transfer may send the call to a public number.</param>
public sealed record SimpleCallOrder(
    ExtensionNumber Extension,
    int OwnerUserId,
    Organization Organization,
    IReadOnlyList<PhoneAddress> Sources,
    IReadOnlyList<PhoneAddress> Destinations,
    CallerId SourceCallerId,
    CallerId DestinationCallerId,
    TimeSpan? WaitForPickup = null,
    TimeSpan? Duration = null,
    string? Nonce = null,
    bool AllowPublicTransfer = false);
