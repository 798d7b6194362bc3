namespace VoipUapi.Telephony.Events;

public sealed record MutePayload(bool Muted) : EventPayload
{
    public override string Describe() => Muted ? "muted" : "unmuted";
}
