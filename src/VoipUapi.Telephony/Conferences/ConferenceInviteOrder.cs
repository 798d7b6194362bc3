namespace VoipUapi.Telephony.Conferences;

/// <summary>A conference invite, resolved and checked by the dialect that received it.</summary>
/// <param name="Host">The Conference extension that invites; charged for the call, its owner owns it.</param>
/// <param name="Destinations">Rung at once; the first to answer is brought to the conference.</param>
/// <param name="CallerId">Shown to the destination.</param>
/// <param name="Number">The conference number; null: the invitee is asked for it.</param>
/// <param name="Pin">The PIN; null: the invitee is asked for it.</param>
public sealed record ConferenceInviteOrder(
    Extension Host,
    Organization Organization,
    IReadOnlyList<PhoneAddress> Destinations,
    CallerId CallerId,
    string? Number = null,
    string? Pin = null,
    TimeSpan? WaitForPickup = null,
    TimeSpan? Duration = null,
    string? Nonce = null);
