namespace VoipUapi.Telephony.Calls;

/// <summary>How a party brought into a connected call takes part in it.</summary>
public enum JoinMode
{
    /// <summary>Hears everyone and everyone hears it (a barge-in, a conference).</summary>
    Full,

    /// <summary>Hears the call and speaks to one party only (coaching).</summary>
    Whisper,

    /// <summary>Speaks to one party only and does not hear the call.</summary>
    PrivateWhisper,

    /// <summary>Hears the call; nobody hears it.</summary>
    Monitor,
}
