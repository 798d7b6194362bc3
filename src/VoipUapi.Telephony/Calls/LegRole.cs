namespace VoipUapi.Telephony.Calls;

public enum LegRole
{
    Source,
    Destination,
}
