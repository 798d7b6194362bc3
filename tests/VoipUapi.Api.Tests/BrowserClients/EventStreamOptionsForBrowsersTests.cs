using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Emulator;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.BrowserClients;

/// <summary>
/// <c>named=false</c>: events without an <c>event:</c> line, so that <c>EventSource.onmessage</c> gets them all;
/// <c>follow=false</c>: the retained events, then the answer ends (Swagger's Try it out).
/// </summary>
public sealed class EventStreamOptionsForBrowsersTests
{
    [Fact]
    public async Task Unnamed_events_carry_their_kind_in_the_data_only()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        await uapi.PlaceSimpleCallAsync("5550001", "0003*00");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        using Stream body = await uapi.Http.GetStreamAsync(new Uri("/emulator/events?lastEventId=0&named=false&follow=false", UriKind.Relative), timeout.Token);
        using var stream = new ServerSentEventReader(body);
        ServerSentEvent first = await stream.NextAsync(timeout.Token);

        first.Event.Should().BeNull("an event without event: is a message event");
        first.Id.Should().Be("1");
        using JsonDocument data = JsonDocument.Parse(first.Data);
        data.RootElement.GetProperty("kind").GetString().Should().Be("callPublished");
    }

    [Fact]
    public async Task Without_follow_the_answer_holds_the_retained_events_and_ends()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        await uapi.PlaceSimpleCallAsync("5550001", "0003*00");
        long last = emulator.Network.Events.LastSequence;

        Answer answer = await uapi.GetAsync("/emulator/events?lastEventId=0&follow=false");
        Answer afterAll = await uapi.GetAsync($"/emulator/events?lastEventId={last}&follow=false");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Split('\n').Count(line => line.StartsWith("id: ", StringComparison.Ordinal)).Should().Be((int)last);
        answer.Body.Should().Contain("event: callPublished").And.EndWith(": end of the retained events (follow=false)\n\n");
        afterAll.Body.Should().NotContain("id: ");
    }

    [Theory]
    [InlineData("named=maybe", "named 'maybe' is not a switch")]
    [InlineData("follow=2", "follow '2' is not a switch")]
    [InlineData("deliveries=maybe", "deliveries 'maybe' is not a switch")]
    public async Task A_switch_that_is_not_true_or_false_is_a_problem(string query, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var client = new JsonClient(emulator.CreateClient());

        (await client.GetAsync($"/emulator/events?{query}")).ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
    }
}
