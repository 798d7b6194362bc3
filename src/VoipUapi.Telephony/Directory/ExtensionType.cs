namespace VoipUapi.Telephony.Directory;

public enum ExtensionType
{
    PhoneTerminal,
    Conference,
    Queue,
    Ivr,
    VoicemailCenter,
}
