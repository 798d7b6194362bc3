using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Telephony;

/// <summary>What a network command returns: its value, or the reason it was refused.</summary>
public sealed class NetworkResult<T>
    where T : class
{
    private NetworkResult(T? value, NetworkError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public NetworkError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static NetworkResult<T> Success(T value) => new(value, null);

    public static NetworkResult<T> Failure(NetworkErrorCode code, string message) => new(null, new NetworkError(code, message));
}
