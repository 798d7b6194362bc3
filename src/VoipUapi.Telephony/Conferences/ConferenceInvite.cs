namespace VoipUapi.Telephony.Conferences;

/// <summary>What a conference invite call knows about the conference it brings its invitee to.</summary>
/// <param name="Host">The Conference extension that invites.</param>
/// <param name="Number">The conference number: given by the request, or entered by the invitee.</param>
/// <param name="Pin">The PIN the request gave, if any.</param>
/// <param name="Role">The role the invitee joined with, once it did.</param>
/// <param name="WrongEntries">Wrong (or missing) entries at the current prompt; the third hangs up.</param>
/// <param name="Entry">The digits typed at the current prompt, before the <c>#</c> that ends them.</param>
/// <param name="InviteeLeg">The leg that talks to the conference, once it answered (or dialed in).</param>
public sealed record ConferenceInvite(
    ExtensionNumber Host,
    string? Number,
    string? Pin,
    InviteStep Step = InviteStep.Ringing,
    ConferenceRole? Role = null,
    int WrongEntries = 0,
    string Entry = "",
    int? InviteeLeg = null)
{
    /// <summary>Wrong entries at one prompt after which the invitee is hung up.</summary>
    public const int MaxWrongEntries = 3;

    public bool IsEntering => Step is InviteStep.EnteringNumber or InviteStep.EnteringPin;
}
