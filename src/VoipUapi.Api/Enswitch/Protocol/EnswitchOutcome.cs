using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>What a step of an Enswitch function gives back: its value, or the envelope to answer with instead.</summary>
public sealed class EnswitchOutcome<T>
{
    private EnswitchOutcome(T? value, EnswitchEnvelope? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public EnswitchEnvelope? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Refusal is null;

    public static implicit operator EnswitchOutcome<T>(T value) => new(value, null);

    public static implicit operator EnswitchOutcome<T>(EnswitchEnvelope refusal) => new(default, refusal);
}
