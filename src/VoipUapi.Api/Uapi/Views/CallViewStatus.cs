namespace VoipUapi.Api.Uapi.Views;

/// <summary>The vendor's PhoneCallView status codes.</summary>
public enum CallViewStatus
{
    Unknown = 0,
    OffHook = 1,
    Trying = 2,
    Ringing = 3,
    OtherSideRinging = 4,
    OnCall = 5,
}
