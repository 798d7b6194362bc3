using System.Globalization;

namespace VoipUapi.Api.Emulator;

/// <summary>How the control API reads and writes times: ISO-8601, UTC when no offset is given.</summary>
public static class ClockText
{
    /// <summary>The latest time the clock may reach, far enough from <see cref="DateTimeOffset.MaxValue"/> that no timer overflows.</summary>
    public static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool TryParse(string? text, out DateTimeOffset at)
    {
        bool parsed = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);
        at = at.ToUniversalTime();
        return parsed;
    }

    /// <summary><c>2026-01-01T10:00:03Z</c>, with a fraction of a second only when there is one.</summary>
    public static string Format(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
