namespace VoipUapi.Telephony.Conferences;

/// <summary>How a scheduled conference treats its participants.</summary>
[Flags]
public enum ConferenceFeatures
{
    None = 0,

    /// <summary>A tone tells the room that someone joined (the join event says so).</summary>
    ToneOnJoin = 1,

    /// <summary>A participant alone in the room hears music.</summary>
    MusicWhileAlone = 2,

    /// <summary>Participants other than admins wait, hearing music, until an admin is in the room.</summary>
    WaitForAdmin = 4,

    /// <summary>Callers are asked to record their name before they join (kept; the network plays no such prompt yet).</summary>
    RecordNames = 8,

    /// <summary>The conference is shown in the operators' control panel (kept for the dialects that have one).</summary>
    ShownOnPanel = 16,
}
