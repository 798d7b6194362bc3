namespace VoipUapi.Telephony;

public enum NetworkErrorCode
{
    /// <summary>A live call already carries the nonce the order gave.</summary>
    NonceInUse,
}
