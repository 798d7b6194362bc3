namespace VoipUapi.Telephony.Calls;

/// <summary>Where a call goes: between local phones, out to the public network, or in from it.</summary>
public enum CallDirection
{
    Local,
    Outgoing,
    Incoming,
}
