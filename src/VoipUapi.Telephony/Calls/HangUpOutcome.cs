namespace VoipUapi.Telephony.Calls;

public enum HangUpOutcome
{
    HungUp,
    CallNotFound,

    /// <summary>The call is live but the phone named is not one of its live parties: nothing was hung up.</summary>
    PhoneNotInCall,
}
