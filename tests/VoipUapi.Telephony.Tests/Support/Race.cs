using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Tests.Support;

/// <summary>Runs two actions at the same moment on two dedicated threads, released together by a barrier.</summary>
internal static class Race
{
    public static void Run(Action first, Action second)
    {
        using var barrier = new Barrier(2);
        var failures = new ConcurrentQueue<Exception>();
        Thread[] threads = [Start(first, barrier, failures), Start(second, barrier, failures)];
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new AggregateException(failures);
        }
    }

    private static Thread Start(Action action, Barrier barrier, ConcurrentQueue<Exception> failures)
    {
        var thread = new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                action();
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                failures.Enqueue(error);
            }
        })
        {
            IsBackground = true,
        };
        thread.Start();
        return thread;
    }
}
