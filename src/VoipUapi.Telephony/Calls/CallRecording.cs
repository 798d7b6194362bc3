namespace VoipUapi.Telephony.Calls;

/// <summary>One span of recording of a call, from the perspective of <see cref="Extension"/>.</summary>
public sealed record CallRecording(ExtensionNumber Extension, string Format, DateTimeOffset Started, DateTimeOffset? Stopped = null)
{
    public TimeSpan? Length => Stopped - Started;
}
