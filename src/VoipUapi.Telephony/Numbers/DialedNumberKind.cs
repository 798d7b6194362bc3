namespace VoipUapi.Telephony.Numbers;

public enum DialedNumberKind
{
    /// <summary><c>0003*210</c>.</summary>
    Extended,

    /// <summary><c>210</c> or <c>*00</c>: an extension written without its organization code.</summary>
    Short,

    /// <summary>A number of the public network: four or more digits, optionally after a <c>+</c>.</summary>
    Public,
}
