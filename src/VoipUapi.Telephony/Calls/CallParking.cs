namespace VoipUapi.Telephony.Calls;

/// <summary>A call in its organization's parking lot: where, who parked it, since when, and for how long at most.</summary>
/// <param name="ParkerLeg">The leg that parked it (ended <see cref="LegState.Parked"/>); rung again when the time in the lot runs out.</param>
public sealed record CallParking(int Position, PhoneAddress ParkedBy, int ParkerLeg, DateTimeOffset Since, TimeSpan MaxInParking);
