using System.Net;
using System.Text;
using System.Text.Json;
using VoipUapi.Telephony.Events;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary><c>GET /emulator/events</c>: the network's events as server-sent events, resumable by Last-Event-ID.</summary>
public sealed class EventStreamTests
{
    private const string CallPayload = """
        {"extension":"210","phoneCallView":[{"source":["5354353","5302040"],"destination":["3235742879"]}]}
        """;

    private static readonly Uri Events = new("/emulator/events", UriKind.Relative);

    [Fact]
    public async Task Stream_delivers_the_events_of_a_call_placed_through_the_uapi_as_they_happen()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage response = await client.GetAsync(Events, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        string callId = await PlaceCallAsync(client);
        List<ServerSentEvent> placed = await stream.NextAsync((int)emulator.Network.Events.LastSequence, timeout.Token);
        long beforeAnswers = emulator.Network.Events.LastSequence;
        emulator.AdvanceSeconds(6);
        List<ServerSentEvent> answered = await stream.NextAsync((int)(emulator.Network.Events.LastSequence - beforeAnswers), timeout.Token);

        List<ServerSentEvent> received = [.. placed, .. answered];
        IReadOnlyList<NetworkEvent> happened = emulator.Network.Events.After(0);
        received.Select(e => e.Id).Should().Equal(happened.Select(e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        received.Select(e => e.Event).Should().Equal(happened.Select(e => JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString())));
        received.Select(e => e.Event).Should().StartWith(["callPublished", "legRinging", "legRinging"]).And.Contain("legAnswered").And.EndWith("callConnected");

        using JsonDocument first = JsonDocument.Parse(received[1].Data);
        first.RootElement.GetProperty("sequence").GetInt64().Should().Be(happened[1].Sequence);
        first.RootElement.GetProperty("kind").GetString().Should().Be("legRinging");
        first.RootElement.GetProperty("callId").GetString().Should().Be(callId);
        first.RootElement.GetProperty("phone").GetString().Should().Be("5354353");
        first.RootElement.GetProperty("at").GetDateTimeOffset().Should().Be(EmulatorFactory.DefaultStart);
        first.RootElement.GetProperty("detail").ValueKind.Should().Be(JsonValueKind.Null);
        using JsonDocument last = JsonDocument.Parse(received[^1].Data);
        last.RootElement.GetProperty("at").GetString().Should().Be("2026-01-01T10:00:06Z");
        using JsonDocument cancelled = JsonDocument.Parse(received.Single(e => e.Event == "legEnded").Data);
        cancelled.RootElement.GetProperty("phone").GetString().Should().Be("5302040");
        cancelled.RootElement.GetProperty("detail").GetString().Should().Be("cancelled");
    }

    [Fact]
    public async Task Last_event_id_header_resumes_after_the_events_already_seen()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await PlaceCallAsync(client);
        emulator.AdvanceSeconds(6);
        long last = emulator.Network.Events.LastSequence;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var request = new HttpRequestMessage(HttpMethod.Get, Events);
        request.Headers.Add("Last-Event-ID", "3");
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        List<ServerSentEvent> replayed = await stream.NextAsync((int)(last - 3), timeout.Token);

        replayed.Select(e => long.Parse(e.Id!, System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(4, (int)(last - 3)).Select(i => (long)i));
    }

    [Fact]
    public async Task Last_event_id_query_parameter_of_zero_replays_every_retained_event_then_follows_new_ones()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await PlaceCallAsync(client);
        long placed = emulator.Network.Events.LastSequence;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using HttpResponseMessage response = await client.GetAsync(new Uri("/emulator/events?lastEventId=0", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        List<ServerSentEvent> replayed = await stream.NextAsync((int)placed, timeout.Token);
        emulator.AdvanceSeconds(3);
        ServerSentEvent next = await stream.NextAsync(timeout.Token);

        replayed[0].Id.Should().Be("1");
        replayed[0].Event.Should().Be("callPublished");
        next.Id.Should().Be((placed + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Last_event_id_ahead_of_the_log_replays_from_the_oldest_retained_event()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await PlaceCallAsync(client);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using var request = new HttpRequestMessage(HttpMethod.Get, Events);
        request.Headers.Add("Last-Event-ID", "999999");
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        ServerSentEvent first = await stream.NextAsync(timeout.Token);

        first.Id.Should().Be("1");
        stream.Comments.Should().Contain(comment => comment.Contains("999999", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stream_ends_cleanly_when_the_emulator_stops()
    {
        var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage response = await client.GetAsync(Events, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        (await reader.ReadLineAsync(timeout.Token)).Should().StartWith(":");

        await emulator.DisposeAsync();
        string rest = await reader.ReadToEndAsync(timeout.Token);

        rest.Should().NotContain("id:");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task Last_event_id_that_is_not_a_sequence_number_is_a_problem(string lastEventId)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, Events);
        request.Headers.TryAddWithoutValidation("Last-Event-ID", lastEventId);
        using HttpResponseMessage response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using JsonDocument problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(lastEventId);
    }

    private static async Task<string> PlaceCallAsync(HttpClient client)
    {
        using HttpResponseMessage placed = await client.PostAsync(new Uri("/uapi/phoneCalls/@me/simple", UriKind.Relative),
            new StringContent(CallPayload, Encoding.UTF8, "application/json"));
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using JsonDocument body = JsonDocument.Parse(await placed.Content.ReadAsStringAsync());
        return body.RootElement[0].GetProperty("id").GetString()!;
    }
}
