namespace VoipUapi.Telephony.Phones;

public enum LineState
{
    /// <summary>A call rings the phone on this line.</summary>
    Ringing,

    /// <summary>The phone talks on this line.</summary>
    Active,

    /// <summary>The phone put the call on this line on hold.</summary>
    Held,
}
