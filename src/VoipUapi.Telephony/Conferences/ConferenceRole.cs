namespace VoipUapi.Telephony.Conferences;

/// <summary>What a participant may do in a conference; the PIN it entered decides it.</summary>
public enum ConferenceRole
{
    /// <summary>Runs the conference: talks, and its presence lets the others in when the conference waits for an admin.</summary>
    Admin,

    Talker,

    /// <summary>Hears the conference, muted.</summary>
    Listener,
}
