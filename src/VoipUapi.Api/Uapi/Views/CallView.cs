using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
namespace VoipUapi.Api.Uapi.Views;

/// <summary>The call from the perspective of one local extension (vendor PhoneCallView).</summary>
/// <param name="Acting">The phone that carries the call for the extension (its own, or the one that picked it up); null for a charged extension that is no party.</param>
/// <param name="OnHold">While the call is on hold: since when.</param>
/// <param name="IsHolder">True on the view of the party that put the call on hold.</param>
/// <param name="Parking">While the call is parked: where, by whom, since when.</param>
/// <param name="Recording">While the call is recorded for this extension: since when.</param>
public sealed record CallView(
    string Id,
    ExtensionNumber Extension,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Destination,
    CallFlow Flow,
    CallViewStatus Status,
    DateTimeOffset? Ringing,
    DateTimeOffset? Answered,
    CallerId CallerId,
    CallDisposition? Disposition,
    PhoneAddress? Acting = null,
    DateTimeOffset? OnHold = null,
    bool IsHolder = false,
    CallParking? Parking = null,
    DateTimeOffset? Recording = null);
