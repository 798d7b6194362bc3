namespace VoipUapi.Telephony.Conferences;

/// <summary>Where a conference invite stands with its invitee.</summary>
public enum InviteStep
{
    /// <summary>The invitee's phone rings.</summary>
    Ringing,

    /// <summary>The invitee answered and is asked for the conference number, ended by <c>#</c>.</summary>
    EnteringNumber,

    /// <summary>The invitee is asked for the PIN, ended by <c>#</c>.</summary>
    EnteringPin,

    /// <summary>The invitee is in the conference room.</summary>
    Joined,

    /// <summary>The invitee was turned away (wrong entries, a full or closed conference) and hung up.</summary>
    Refused,
}
