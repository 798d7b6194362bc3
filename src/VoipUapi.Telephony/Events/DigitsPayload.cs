namespace VoipUapi.Telephony.Events;

/// <param name="Digits">The DTMF a phone sent, as typed.</param>
public sealed record DigitsPayload(string Digits) : EventPayload
{
    public override string Describe() => Digits;
}
