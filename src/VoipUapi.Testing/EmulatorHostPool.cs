namespace VoipUapi.Testing;

/// <summary>
/// The process's idle <see cref="EmulatorHost"/>s, by configuration: a test takes one configured as it asks (or a new
/// one), and gives it back when it is done, restarted as new at once (so that nothing of the test, a stream it left
/// open, a retry it left waiting, goes on into the next). At most <see cref="IdleLimit"/> wait: one more given back
/// disposes the one that waited longest, whatever its configuration.
/// </summary>
internal static class EmulatorHostPool
{
    public const int IdleLimit = 16;

    private static readonly Lock Gate = new();

    /// <summary>The idle hosts, the one given back longest ago first.</summary>
    private static readonly List<(string Key, EmulatorHost Host)> Idle = [];

    static EmulatorHostPool() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeIdle();

    public static string KeyOf(IReadOnlyDictionary<string, string?> settings, bool seedCalls) =>
        string.Join('\n', settings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}").Prepend($"seedCalls={seedCalls}"));

    /// <summary>The idle host of <paramref name="key"/> given back last, its clock at <paramref name="start"/>, or null when none waits.</summary>
    public static EmulatorHost? TryTake(string key, DateTimeOffset start)
    {
        EmulatorHost host;
        lock (Gate)
        {
            int last = Idle.FindLastIndex(idle => idle.Key == key);
            if (last < 0)
            {
                return null;
            }

            host = Idle[last].Host;
            Idle.RemoveAt(last);
        }

        if (host.Clock.GetUtcNow() != start)
        {
            host.Restart(start);
        }

        return host;
    }

    public static async ValueTask GiveBackAsync(string key, EmulatorHost host)
    {
        if (!host.TryRestart(EmulatorFactory.DefaultStart))
        {
            await host.DisposeAsync();
            return;
        }

        EmulatorHost? longestIdle = null;
        lock (Gate)
        {
            Idle.Add((key, host));
            if (Idle.Count > IdleLimit)
            {
                longestIdle = Idle[0].Host;
                Idle.RemoveAt(0);
            }
        }

        if (longestIdle is not null)
        {
            await longestIdle.DisposeAsync();
        }
    }

    private static void DisposeIdle()
    {
        lock (Gate)
        {
            foreach ((_, EmulatorHost host) in Idle)
            {
                host.Dispose();
            }

            Idle.Clear();
        }
    }
}
