using System.Collections.Concurrent;

namespace VoipUapi.Testing;

/// <summary>
/// The process's idle <see cref="EmulatorHost"/>s, by configuration: a test takes one configured as it asks (or a new
/// one), and gives it back when it is done, restarted as new at once (so that nothing of the test, a stream it left
/// open, a retry it left waiting, goes on into the next). At most <see cref="IdleLimit"/> wait; one more is disposed.
/// </summary>
internal static class EmulatorHostPool
{
    public const int IdleLimit = 8;

    private static readonly ConcurrentDictionary<string, ConcurrentBag<EmulatorHost>> Idle = new(StringComparer.Ordinal);
    private static int _idleCount;

    static EmulatorHostPool() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeIdle();

    public static string KeyOf(IReadOnlyDictionary<string, string?> settings, bool seedCalls) =>
        string.Join('\n', settings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}").Prepend($"seedCalls={seedCalls}"));

    /// <summary>An idle host of <paramref name="key"/> with its clock at <paramref name="start"/>, or null when none waits.</summary>
    public static EmulatorHost? TryTake(string key, DateTimeOffset start)
    {
        if (!Idle.TryGetValue(key, out ConcurrentBag<EmulatorHost>? hosts) || !hosts.TryTake(out EmulatorHost? host))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        if (host.Clock.GetUtcNow() != start)
        {
            host.Restart(start);
        }

        return host;
    }

    public static async ValueTask GiveBackAsync(string key, EmulatorHost host)
    {
        if (Interlocked.Increment(ref _idleCount) > IdleLimit || !host.TryRestart(EmulatorFactory.DefaultStart))
        {
            Interlocked.Decrement(ref _idleCount);
            await host.DisposeAsync();
            return;
        }

        Idle.GetOrAdd(key, _ => []).Add(host);
    }

    private static void DisposeIdle()
    {
        foreach (ConcurrentBag<EmulatorHost> hosts in Idle.Values)
        {
            while (hosts.TryTake(out EmulatorHost? host))
            {
                host.Dispose();
            }
        }
    }
}
