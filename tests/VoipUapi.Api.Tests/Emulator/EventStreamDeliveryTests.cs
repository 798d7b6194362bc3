using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi.CallEvents;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>
/// <c>GET /emulator/events</c> carries the UnifiedAPI call-event delivery attempts beside the network's events:
/// <c>webhookDelivery</c> messages without an <c>id:</c>, made by a real loopback receiver on the manual clock.
/// </summary>
public sealed class EventStreamDeliveryTests
{
    private const string InboundCall = """{"from":"3235742879","to":"0003*210"}""";

    [Fact]
    public async Task A_subscribed_extensions_call_streams_its_network_events_and_the_delivery_attempt_as_the_deliveries_list_shows_it()
    {
        await using var emulator = new EmulatorFactory();
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string eventId = await user.SubscribeAsync("@me", "210", 0, receiver.Url("/dial-in"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage response = await control.Http.GetAsync(new Uri("/emulator/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        long before = emulator.Network.Events.LastSequence;

        string id = (await control.PostAsync("/emulator/calls/inbound", InboundCall)).Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        int happened = (int)(emulator.Network.Events.LastSequence - before);
        List<ServerSentEvent> received = await stream.NextAsync(happened + 1, timeout.Token);
        JsonElement listed = (await control.GetAsync("/emulator/webhooks/deliveries")).Expect(HttpStatusCode.OK).GetProperty("deliveries")[0];

        ServerSentEvent delivery = received.Single(e => e.Event == "webhookDelivery");
        List<ServerSentEvent> network = [.. received.Where(e => e.Event != "webhookDelivery")];
        network.Select(e => e.Id).Should().Equal(Enumerable.Range((int)before + 1, happened).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        network[0].Event.Should().Be("callPublished");
        delivery.Id.Should().BeNull("Last-Event-ID stays the network event's sequence number");
        JsonElement data = JsonDocument.Parse(delivery.Data).RootElement;
        data.GetProperty("kind").GetString().Should().Be("webhookDelivery");
        data.GetProperty("sequence").GetInt64().Should().Be(1);
        data.GetProperty("callId").GetString().Should().Be(id);
        data.GetProperty("extension").GetString().Should().Be("0003*210");
        data.GetProperty("eventType").GetInt32().Should().Be(0);
        data.GetProperty("eventId").GetString().Should().Be(eventId);
        data.GetProperty("method").GetString().Should().Be("GET");
        data.GetProperty("url").GetString().Should().StartWith(receiver.Url("/dial-in?CallID=" + id + "&"));
        data.GetProperty("parameters").GetProperty("CallFlow").GetString().Should().Be("IN");
        data.GetProperty("attempt").GetInt32().Should().Be(1);
        data.GetProperty("status").GetInt32().Should().Be(200);
        data.GetProperty("at").GetString().Should().Be("2026-01-01T10:00:00Z");
        data.TryGetProperty("error", out _).Should().BeFalse();
        WithoutKind(data).Should().BeEquivalentTo(WithoutKind(listed), "the message carries the attempt as GET /emulator/webhooks/deliveries shows it");
    }

    [Fact]
    public async Task A_failed_attempt_and_its_retry_after_the_clock_advance_are_two_unnamed_messages()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Uapi:Webhooks:RetryDelaysSeconds:0", "10");
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await user.SubscribeAsync("@me", "210", 0, receiver.Url("/dial-in"));
        receiver.AnswerNext(500);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage response = await control.Http.GetAsync(new Uri("/emulator/events?named=false", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        string id = (await control.PostAsync("/emulator/calls/inbound", InboundCall)).Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        (ServerSentEvent first, _) = await NextDeliveryAsync(stream, timeout.Token);
        emulator.AdvanceSeconds(10);
        (ServerSentEvent retried, _) = await NextDeliveryAsync(stream, timeout.Token);

        first.Event.Should().BeNull("with named=false every message is an unnamed message event");
        first.Id.Should().BeNull();
        JsonElement failed = JsonDocument.Parse(first.Data).RootElement;
        (failed.GetProperty("attempt").GetInt32(), failed.GetProperty("status").GetInt32(), failed.GetProperty("at").GetString(), failed.GetProperty("nextAttemptAt").GetString())
            .Should().Be((1, 500, "2026-01-01T10:00:00Z", "2026-01-01T10:00:10Z"));
        retried.Id.Should().BeNull();
        JsonElement second = JsonDocument.Parse(retried.Data).RootElement;
        (second.GetProperty("sequence").GetInt64(), second.GetProperty("attempt").GetInt32(), second.GetProperty("status").GetInt32(), second.GetProperty("at").GetString())
            .Should().Be((2, 2, 200, "2026-01-01T10:00:10Z"));
        second.GetProperty("callId").GetString().Should().Be(id);
        second.TryGetProperty("nextAttemptAt", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Deliveries_false_leaves_the_attempts_out_and_a_stream_that_does_not_follow_never_has_them()
    {
        await using var emulator = new EmulatorFactory();
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await user.SubscribeAsync("@me", "210", 0, receiver.Url("/dial-in"));
        var log = emulator.Services.GetRequiredService<WebhookDeliveryLog>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage without = await control.Http.GetAsync(new Uri("/emulator/events?deliveries=false", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var withoutStream = new ServerSentEventReader(await without.Content.ReadAsStreamAsync(timeout.Token));
        using HttpResponseMessage with = await control.Http.GetAsync(new Uri("/emulator/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var withStream = new ServerSentEventReader(await with.Content.ReadAsStreamAsync(timeout.Token));

        string id = (await control.PostAsync("/emulator/calls/inbound", InboundCall)).Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        (ServerSentEvent delivered, _) = await NextDeliveryAsync(withStream, timeout.Token);
        await log.WaitAfterAsync(0, timeout.Token);
        (await control.PostAsync($"/emulator/calls/{id}/hangup", "{}")).Status.Should().Be(HttpStatusCode.OK);
        List<ServerSentEvent> streamed = await UntilAsync(withoutStream, "callEnded", timeout.Token);
        Answer replayed = await control.GetAsync("/emulator/events?lastEventId=0&follow=false");

        delivered.Event.Should().Be("webhookDelivery", "the same attempt reaches a stream that has deliveries on, before the hang-up");
        streamed.Should().NotContain(e => e.Event == "webhookDelivery" || e.Data.Contains("webhookDelivery", StringComparison.Ordinal));
        streamed.Should().OnlyContain(e => e.Id != null);
        withoutStream.Comments.Should().NotContain(c => c.Contains("webhook", StringComparison.Ordinal));
        withStream.Comments.Should().Contain("webhook deliveries from now on");
        replayed.Status.Should().Be(HttpStatusCode.OK);
        replayed.Body.Should().Contain("event: callEnded").And.NotContain("webhookDelivery");
    }

    /// <summary>The next <c>webhookDelivery</c> message (by its data, named or not), and the network events read before it.</summary>
    private static async Task<(ServerSentEvent Delivery, List<ServerSentEvent> Before)> NextDeliveryAsync(ServerSentEventReader stream, CancellationToken cancellationToken)
    {
        var before = new List<ServerSentEvent>();
        while (true)
        {
            ServerSentEvent next = await stream.NextAsync(cancellationToken);
            if (JsonDocument.Parse(next.Data).RootElement.GetProperty("kind").GetString() == "webhookDelivery")
            {
                return (next, before);
            }

            before.Add(next);
        }
    }

    /// <summary>The messages up to and with the first of <paramref name="kind"/>.</summary>
    private static async Task<List<ServerSentEvent>> UntilAsync(ServerSentEventReader stream, string kind, CancellationToken cancellationToken)
    {
        var read = new List<ServerSentEvent>();
        do
        {
            read.Add(await stream.NextAsync(cancellationToken));
        }
        while (read[^1].Event != kind);

        return read;
    }

    private static Dictionary<string, string> WithoutKind(JsonElement attempt) =>
        attempt.EnumerateObject().Where(p => p.Name != "kind").ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
}
