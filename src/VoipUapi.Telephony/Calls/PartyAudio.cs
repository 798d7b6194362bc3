namespace VoipUapi.Telephony.Calls;

/// <summary>What a party brought into a call hears and who hears it (barge-in, whisper, monitor).</summary>
/// <param name="HearsCall">True when it hears the call.</param>
/// <param name="SpeaksToAll">True when every party hears it.</param>
/// <param name="SpeaksToLeg">When only one party hears it (a whisper): that party's leg.</param>
public sealed record PartyAudio(bool HearsCall, bool SpeaksToAll, int? SpeaksToLeg = null)
{
    /// <summary>Hears both sides and is heard by both (barge-in).</summary>
    public static readonly PartyAudio Full = new(HearsCall: true, SpeaksToAll: true);

    /// <summary>Hears the call, is heard by nobody (monitor).</summary>
    public static readonly PartyAudio ListenOnly = new(HearsCall: true, SpeaksToAll: false);

    /// <summary>Speaks to one party only; hears the call unless the whisper is private.</summary>
    public static PartyAudio Whisper(int toLeg, bool hearsCall) => new(hearsCall, SpeaksToAll: false, toLeg);
}
