namespace VoipUapi.Telephony.Tests.Support;

/// <summary>The fixed instant every test clock starts at, and instants measured from it.</summary>
internal static class TestTime
{
    public static readonly DateTimeOffset T0 = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The instant <paramref name="seconds"/> after <see cref="T0"/>.</summary>
    public static DateTimeOffset At(double seconds) => T0 + TimeSpan.FromSeconds(seconds);

    public static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);
}
