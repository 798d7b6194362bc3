namespace VoipUapi.Telephony.Calls;

/// <summary>A call on hold: the party that put it on hold (the others hear music), and since when.</summary>
public sealed record CallHold(int HolderLeg, DateTimeOffset Since);
