namespace VoipUapi.Telephony.Phones;

public enum PhoneState
{
    Idle,
    Ringing,
    OnCall,
}
