using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Telephony;

/// <summary>
/// What a command gives back, in the engine and in every dialect: its value, or the expected refusal (a
/// <see cref="NetworkError"/> in the engine, the vendor's error in a dialect). Faults stay exceptions.
/// </summary>
public sealed class Outcome<T, TError>
    where TError : class
{
    private Outcome(T? value, TError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public TError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static Outcome<T, TError> Success(T value) => new(value, null);

    public static Outcome<T, TError> Failure(TError error) => new(default, error);

    public static implicit operator Outcome<T, TError>(T value) => Success(value);

    public static implicit operator Outcome<T, TError>(TError error) => Failure(error);
}
