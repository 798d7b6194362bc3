namespace VoipUapi.Telephony.Calls;

/// <summary>A blind transfer under way: the party that stays waits (hearing ringing) while the target rings.</summary>
public sealed record CallTransfer(PhoneAddress TransferredBy, int TransferredLeg, int TargetLeg);
