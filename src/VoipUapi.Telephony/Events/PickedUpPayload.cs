namespace VoipUapi.Telephony.Events;

/// <param name="SendCallTo">The phone that rings with the call instead of the event's phone.</param>
public sealed record PickedUpPayload(PhoneAddress SendCallTo) : EventPayload
{
    public override string Describe() => SendCallTo.Value;
}
