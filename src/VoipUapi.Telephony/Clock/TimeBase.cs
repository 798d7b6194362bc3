namespace VoipUapi.Telephony.Clock;

/// <summary>
/// What a <see cref="VirtualClock"/> reads the time from: frozen at <paramref name="Origin"/>, or running from it since
/// the real <paramref name="AnchorTimestamp"/>, <paramref name="Scale"/> times as fast.
/// </summary>
internal sealed record TimeBase(DateTimeOffset Origin, bool Running, double Scale, long AnchorTimestamp);
