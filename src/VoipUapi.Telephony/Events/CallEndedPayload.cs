namespace VoipUapi.Telephony.Events;

public sealed record CallEndedPayload(CallDisposition Disposition) : EventPayload
{
    public override string Describe() => Disposition.ToString();
}
