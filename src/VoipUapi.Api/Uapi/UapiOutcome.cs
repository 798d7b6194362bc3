using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Api.Uapi;

/// <summary>What a UnifiedAPI operation gives back: its value, or the vendor error to answer with.</summary>
public sealed class UapiOutcome<T>
{
    private UapiOutcome(T? value, UapiError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public UapiError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static implicit operator UapiOutcome<T>(T value) => new(value, null);

    public static implicit operator UapiOutcome<T>(UapiError error) => new(default, error);
}
