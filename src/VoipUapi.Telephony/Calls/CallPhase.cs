namespace VoipUapi.Telephony.Calls;

public enum CallPhase
{
    RingingSources,
    RingingDestination,
    Connected,
    Ended,
}
