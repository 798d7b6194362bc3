namespace VoipUapi.Telephony;

public enum NetworkErrorCode
{
    /// <summary>A live call already carries the nonce the order gave.</summary>
    NonceInUse,

    /// <summary>The phone that would call is already ringing or talking on another call.</summary>
    PhoneEngaged,
}
