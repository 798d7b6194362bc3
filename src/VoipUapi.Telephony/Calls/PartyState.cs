namespace VoipUapi.Telephony.Calls;

/// <summary>Where a call stands for one local party, in terms every dialect shares.</summary>
public enum PartyState
{
    /// <summary>The call has ended.</summary>
    Ended,

    /// <summary>The call is being set up and rings nobody of this party's yet (its sources ring elsewhere).</summary>
    Trying,

    /// <summary>The party's phone rings.</summary>
    Ringing,

    /// <summary>The party answered (or is charged) and the other side rings.</summary>
    OtherSideRinging,

    /// <summary>The call is connected.</summary>
    Talking,

    /// <summary>The party's phone left the call (or stopped ringing) while the call goes on.</summary>
    Left,
}
