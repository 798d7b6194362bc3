using System.Globalization;

namespace VoipUapi.Telephony.Events;

/// <summary>The start or the end of something that lasts a while: a recording (its format), a voicemail message (its box).</summary>
/// <param name="Name">The recording's format, or the voicemail box.</param>
/// <param name="Length">At the end: how long it lasted.</param>
public sealed record SpanPayload(string Name, TimeSpan? Length = null) : EventPayload
{
    public override string Describe() =>
        Length is { } length ? string.Create(CultureInfo.InvariantCulture, $"{Name} {length.TotalSeconds}s") : Name;
}
