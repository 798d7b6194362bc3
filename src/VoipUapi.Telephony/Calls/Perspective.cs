namespace VoipUapi.Telephony.Calls;

/// <summary>A call as one local extension sees it: the charged extension's, or that of another extension it rang.</summary>
/// <param name="Own">The extension's own (latest) leg; null for a charged extension that is no party.</param>
/// <param name="Acting">The leg that carries the call for it: its own, or, once its ringing was picked up, the leg that took the call over.</param>
/// <param name="RingingSince">While trying or ringing: since when.</param>
/// <param name="Answered">When the acting leg (or, without one, the call) was answered.</param>
/// <param name="CallerId">What the extension was shown.</param>
/// <param name="OnHold">While the call is on hold: since when.</param>
/// <param name="IsHolder">True for the perspective of the party that put it on hold.</param>
/// <param name="Parking">While the call is parked: where, by whom.</param>
/// <param name="RecordingSince">While the call is recorded for this extension: since when.</param>
public sealed record Perspective(
    ExtensionNumber Extension,
    CallLeg? Own,
    CallLeg? Acting,
    PartyState State,
    DateTimeOffset? RingingSince,
    DateTimeOffset? Answered,
    CallerId CallerId,
    DateTimeOffset? OnHold = null,
    bool IsHolder = false,
    CallParking? Parking = null,
    DateTimeOffset? RecordingSince = null);
