namespace VoipUapi.Telephony.Calls;

/// <summary>How a call ended, with the vendor's numeric codes.</summary>
public enum CallDisposition
{
    Answered = 0,
    Busy = 1,
    Failed = 2,
    NoAnswer = 3,
    Unknown = 4,
    NotAllowed = 5,
}
