namespace VoipUapi.Telephony.Events;

/// <summary>What an event says beyond its kind, as typed values; <see cref="Describe"/> is its human text.</summary>
public abstract record EventPayload
{
    public abstract string Describe();
}
