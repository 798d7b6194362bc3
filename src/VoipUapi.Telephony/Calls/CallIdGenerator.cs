namespace VoipUapi.Telephony.Calls;

/// <summary>Makes call ids: random, or a pure function of a seed and the order of calls when one is given.</summary>
public sealed class CallIdGenerator(int? seed = null)
{
    private readonly Random _random = seed is { } value ? new Random(value) : new Random();

    /// <summary>The next id. Not thread-safe: the network calls it under its lock.</summary>
    public CallId Next()
    {
        Span<byte> bytes = stackalloc byte[CallId.Length / 2];
        _random.NextBytes(bytes);
        return new CallId(Convert.ToHexStringLower(bytes));
    }
}
