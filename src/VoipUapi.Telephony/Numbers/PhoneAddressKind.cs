namespace VoipUapi.Telephony.Numbers;

public enum PhoneAddressKind
{
    Extension,
    Sandbox,
    Public,
}
