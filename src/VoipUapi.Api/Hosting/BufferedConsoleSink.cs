using System.Collections.Concurrent;
using System.Text;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Writes log lines to a stream (standard output) from a thread of its own, in batches: a request only queues its
/// event; the writer, woken once for whatever came meanwhile, formats the batch into one buffer and writes it in one
/// go. Under load that is one wake-up and one write for hundreds of lines instead of one each. Beyond
/// <see cref="Capacity"/> lines waiting, new ones are dropped rather than slowing the emulator down.
/// </summary>
public sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    /// <summary>How many lines may wait for the writer.</summary>
    public const int Capacity = 10_000;

    /// <summary>How long the writer lets lines gather once woken: a developer still sees a line at once.</summary>
    private static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(20);

    private readonly ConcurrentQueue<LogEvent> _queue = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly ManualResetEventSlim _stopping = new(false);
    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _output;
    private readonly Thread _writer;
    private int _waiting;
    private int _idle;

    public BufferedConsoleSink(ITextFormatter formatter, Stream output)
    {
        _formatter = formatter;
        _output = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
        _writer = new Thread(WriteUntilStopped) { IsBackground = true, Name = "Console log writer" };
        _writer.Start();
    }

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref _waiting) > Capacity)
        {
            Interlocked.Decrement(ref _waiting);
            return;
        }

        _queue.Enqueue(logEvent);
        if (Interlocked.Exchange(ref _idle, 0) == 1)
        {
            _wake.Set();
        }
    }

    /// <summary>Writes what is waiting and stops the writer.</summary>
    public void Dispose()
    {
        _stopping.Set();
        _wake.Set();
        _writer.Join();
        _output.Dispose();
        _wake.Dispose();
        _stopping.Dispose();
    }

    private void WriteUntilStopped()
    {
        while (true)
        {
            WriteWaiting();
            Volatile.Write(ref _idle, 1);
            if (!_queue.IsEmpty && Interlocked.Exchange(ref _idle, 0) == 1)
            {
                continue;
            }

            if (_stopping.IsSet)
            {
                WriteWaiting();
                return;
            }

            _wake.WaitOne();
            _stopping.Wait(Gathering);
        }
    }

    private void WriteWaiting()
    {
        try
        {
            while (_queue.TryDequeue(out LogEvent? logEvent))
            {
                Interlocked.Decrement(ref _waiting);
                _formatter.Format(logEvent, _output);
            }

            _output.Flush();
        }
        catch (Exception error)
        {
            // A log writer that stopped would silence the emulator; Serilog's own diagnostics say why instead.
            SelfLog.WriteLine("The console log writer could not write: {0}", error);
        }
    }
}
