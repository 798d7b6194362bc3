namespace VoipUapi.Telephony.Events;

/// <param name="Keys">The keys set or removed; empty when every key was removed.</param>
public sealed record CallDataPayload(IReadOnlyList<string> Keys) : EventPayload
{
    public override string Describe() => Keys.Count == 0 ? "all removed" : string.Join(", ", Keys);
}
