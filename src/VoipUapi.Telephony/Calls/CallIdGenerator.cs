namespace VoipUapi.Telephony.Calls;

/// <summary>Makes call ids: random, or a pure function of a seed and the order of calls when one is given.</summary>
public sealed class CallIdGenerator(int? seed = null)
{
    private Random _random = RandomFor(seed);

    /// <summary>The seed the ids follow now; null when they are random.</summary>
    public int? Seed { get; private set; } = seed;

    /// <summary>Starts the ids again from <paramref name="seed"/> (or makes them random). Under the network's lock.</summary>
    public void Reseed(int? seed)
    {
        Seed = seed;
        _random = RandomFor(seed);
    }

    /// <summary>The next id. Not thread-safe: the network calls it under its lock.</summary>
    public CallId Next()
    {
        Span<byte> bytes = stackalloc byte[CallId.Length / 2];
        _random.NextBytes(bytes);
        return new CallId(Convert.ToHexStringLower(bytes));
    }

    private static Random RandomFor(int? seed) => seed is { } value ? new Random(value) : new Random();
}
