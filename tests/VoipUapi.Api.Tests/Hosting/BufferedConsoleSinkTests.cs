using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Core;
using Serilog.Formatting.Display;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The console's log lines, written in batches from a thread of their own: all of them, in order, and none beyond the queue's capacity.</summary>
public sealed class BufferedConsoleSinkTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public void Every_line_is_written_in_order_with_the_template_by_the_time_the_logger_is_disposed()
    {
        var output = new MemoryStream();

        using (Logger logger = LoggerTo(output, "{Level:u3} {Message:lj}{NewLine}"))
        {
            for (int i = 1; i <= 500; i++)
            {
                logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", $"/healthz/{i}", 200);
            }
        }

        Lines(output.ToArray()).Should().Equal(Enumerable.Range(1, 500).Select(i => $"INF HTTP GET /healthz/{i} responded 200"));
    }

    [Fact]
    public async Task A_line_is_written_while_the_emulator_runs_not_only_when_it_stops()
    {
        using var output = new BlockingStream();
        using Logger logger = LoggerTo(output, "{Message:lj}{NewLine}");

        logger.Information("Now listening on: {Address}", "http://127.0.0.1:5000");

        await output.Written.WaitAsync(Patience);
        Encoding.UTF8.GetString(output.Content).Should().Be("Now listening on: http://127.0.0.1:5000\n");
    }

    [Fact]
    public async Task Lines_beyond_the_capacity_waiting_for_a_stuck_writer_are_dropped_not_waited_for()
    {
        using var output = new BlockingStream { Blocked = true };
        using (Logger logger = LoggerTo(output, "{Message:lj}{NewLine}"))
        {
            logger.Information("first");
            await output.Written.WaitAsync(Patience);
            for (int i = 0; i < BufferedConsoleSink.Capacity + 5; i++)
            {
                logger.Information("line {Number}", i);
            }

            output.Release();
        }

        string[] lines = Lines(output.Content);
        lines.Should().HaveCount(1 + BufferedConsoleSink.Capacity);
        (lines[0], lines[^1]).Should().Be(("first", $"line {BufferedConsoleSink.Capacity - 1}"));
    }

    private static Logger LoggerTo(Stream output, string template) =>
        new LoggerConfiguration()
            .WriteTo.Sink(new BufferedConsoleSink(new MessageTemplateTextFormatter(template, CultureInfo.InvariantCulture), output))
            .CreateLogger();

    private static string[] Lines(byte[] written) => Encoding.UTF8.GetString(written).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A stream that says when it was first written to, and while <see cref="Blocked"/> keeps its writer waiting.</summary>
    private sealed class BlockingStream : MemoryStream
    {
        private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _released = new(true);

        public bool Blocked
        {
            init
            {
                if (value)
                {
                    _released.Reset();
                }
            }
        }

        public Task Written => _written.Task;

        public byte[] Content => ToArray();

        public void Release() => _released.Set();

        public override void Write(byte[] buffer, int offset, int count)
        {
            base.Write(buffer, offset, count);
            _written.TrySetResult();
            _released.Wait();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _released.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
