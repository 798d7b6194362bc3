namespace VoipUapi.Telephony.Calls;

public enum LegState
{
    Ringing,
    Answered,
    Busy,
    Rejected,
    Unreachable,

    /// <summary>Rang until the call gave up waiting for it.</summary>
    NoAnswer,

    /// <summary>Stopped ringing because another phone answered first or the call ended.</summary>
    Cancelled,

    /// <summary>Was on the call and left it.</summary>
    HungUp,

    /// <summary>Stopped ringing because a pick-up sent the call to another phone.</summary>
    PickedUp,

    /// <summary>Left the call in the parking lot; the call goes on there without it.</summary>
    Parked,

    /// <summary>Left the call by transferring it (to another phone, or to a voicemail box).</summary>
    Transferred,

    /// <summary>Left a consultation that was completed: the phone went on in the call consulted about.</summary>
    Merged,
}
