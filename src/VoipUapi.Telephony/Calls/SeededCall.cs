namespace VoipUapi.Telephony.Calls;

/// <summary>
/// A call a seed describes as already in progress when the network starts (and again after a reset): its id, its
/// parties and how far it got. Its phones follow no phone rule: a ringing one rings until it is answered, picked up
/// or hung up, an answered one stays until hung up.
/// </summary>
/// <param name="Phase">How far it got: its sources ring; the first source answered and the destinations ring; or the first of each answered.</param>
/// <param name="PublishedAgo">How long before the start of the network it was published.</param>
/// <param name="AnsweredAgo">For a connected call: how long before the start it was answered (by both parties, as the vendor's example shows it).</param>
/// <param name="WaitForPickup">How long its ringing phones ring, from the start; null: until something else happens.</param>
/// <param name="Duration">How long a connected call lasts, from the start; null: until hung up.</param>
public sealed record SeededCall(
    CallId Id,
    ExtensionNumber Extension,
    int OwnerUserId,
    Organization Organization,
    IReadOnlyList<PhoneAddress> Sources,
    IReadOnlyList<PhoneAddress> Destinations,
    CallerId SourceCallerId,
    CallerId DestinationCallerId,
    CallPhase Phase,
    TimeSpan PublishedAgo,
    TimeSpan AnsweredAgo,
    TimeSpan? WaitForPickup = null,
    TimeSpan? Duration = null,
    string? Nonce = null);
