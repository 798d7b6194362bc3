using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using VoipUapi.Api.Emulator;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Seeding;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The event stream's keep-alive, on a real-time clock the test fires by hand (no waiting).</summary>
public sealed class NetworkEventFeedTests
{
    [Fact]
    public async Task A_keep_alive_comment_goes_out_when_the_heartbeat_interval_passes_without_an_event()
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        using var network = new TelephonyNetwork(seed.Directory, seed.Phones, new VirtualClock(EmulatorFactory.DefaultStart), new TelephonyOptions());
        var realTime = new HandFiredTimers();
        var pipe = new Pipe();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(pipe.Writer.AsStream()));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var disconnect = new CancellationTokenSource();
        var feed = new NetworkEventFeed(context.Response, network.Events, deliveries: null, TimeSpan.FromSeconds(15), realTime);

        Task streaming = feed.RunAsync(after: null, named: true, follow: true, disconnect.Token);
        HandFiredTimer heartbeat = await realTime.FirstTimer.WaitAsync(timeout.Token);
        heartbeat.Fire();
        using var reader = new StreamReader(pipe.Reader.AsStream());
        var lines = new List<string>();
        while (lines.LastOrDefault() != ": keep-alive")
        {
            lines.Add(await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException());
        }

        await disconnect.CancelAsync();
        await streaming.WaitAsync(timeout.Token);

        heartbeat.DueTime.Should().Be(TimeSpan.FromSeconds(15));
        context.Response.ContentType.Should().Be("text/event-stream");
        lines.Should().NotContain(line => line.StartsWith("id:", StringComparison.Ordinal));
    }

    /// <summary>A time provider whose timers fire only when the test says so.</summary>
    private sealed class HandFiredTimers : TimeProvider
    {
        private readonly TaskCompletionSource<HandFiredTimer> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<HandFiredTimer> FirstTimer => _first.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new HandFiredTimer(callback, state, dueTime);
            _first.TrySetResult(timer);
            return timer;
        }
    }

    private sealed class HandFiredTimer(TimerCallback callback, object? state, TimeSpan dueTime) : ITimer
    {
        public TimeSpan DueTime { get; } = dueTime;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
