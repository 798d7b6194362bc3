namespace VoipUapi.Telephony.Events;

/// <param name="SendCallTo">The phone the call rings now.</param>
/// <param name="Transferred">The party that stays on the call.</param>
public sealed record TransferPayload(PhoneAddress SendCallTo, PhoneAddress Transferred) : EventPayload
{
    public override string Describe() => $"{Transferred} to {SendCallTo}";
}
