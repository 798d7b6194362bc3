namespace VoipUapi.Telephony.Events;

/// <param name="Hearing">The phones that hear music on hold.</param>
public sealed record MusicPayload(IReadOnlyList<string> Hearing) : EventPayload
{
    public override string Describe() => $"music for {string.Join(", ", Hearing)}";
}
