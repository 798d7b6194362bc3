namespace VoipUapi.Telephony.Events;

/// <summary>The network was put back as the seed made it: how many live calls were dropped, without an event each.</summary>
public sealed record NetworkResetPayload(int LiveCallsDropped) : EventPayload
{
    public override string Describe() => $"{LiveCallsDropped} live calls dropped";
}
