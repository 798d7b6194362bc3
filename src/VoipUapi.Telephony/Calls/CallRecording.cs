namespace VoipUapi.Telephony.Calls;

/// <summary>One span of recording of a call, from the perspective of <see cref="Extension"/>.</summary>
/// <param name="Paused">True when the span ended with a pause: a resume starts the next span in the same format.</param>
public sealed record CallRecording(ExtensionNumber Extension, string Format, DateTimeOffset Started, DateTimeOffset? Stopped = null, bool Paused = false)
{
    public TimeSpan? Length => Stopped - Started;
}
