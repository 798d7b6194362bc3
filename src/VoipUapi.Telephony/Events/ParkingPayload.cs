using System.Globalization;

namespace VoipUapi.Telephony.Events;

/// <param name="Position">The call's place in its organization's parking lot.</param>
/// <param name="MaxInParking">How long it may stay before it rings its parker again.</param>
public sealed record ParkingPayload(int Position, TimeSpan MaxInParking) : EventPayload
{
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"position {Position} for {MaxInParking.TotalSeconds}s");
}
