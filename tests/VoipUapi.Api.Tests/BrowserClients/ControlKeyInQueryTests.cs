using System.Net;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.BrowserClients;

/// <summary>A browser's EventSource cannot send headers: the control key also comes as <c>?controlKey=</c>.</summary>
public sealed class ControlKeyInQueryTests
{
    [Fact]
    public async Task The_control_key_in_the_query_opens_the_control_api_and_the_event_stream()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var anyone = new JsonClient(emulator.CreateClient());

        Answer clock = await anyone.GetAsync("/emulator/clock?controlKey=s3cret");
        Answer events = await anyone.GetAsync("/emulator/events?controlKey=s3cret&lastEventId=0&follow=false");

        clock.Status.Should().Be(HttpStatusCode.OK);
        events.Status.Should().Be(HttpStatusCode.OK);
        events.ContentType.Should().Be("text/event-stream");
    }

    [Fact]
    public async Task A_wrong_key_in_the_query_is_unauthorized_and_says_so()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var anyone = new JsonClient(emulator.CreateClient());

        string detail = (await anyone.GetAsync("/emulator/events?controlKey=guess")).ProblemDetail(HttpStatusCode.Unauthorized);
        string missing = (await anyone.GetAsync("/emulator/events")).ProblemDetail(HttpStatusCode.Unauthorized);

        detail.Should().Contain("does not hold this emulator's control key");
        missing.Should().Contain("?controlKey=");
    }

    [Fact]
    public async Task The_header_wins_over_the_query()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var wrongHeader = new JsonClient(emulator.CreateClient());
        wrongHeader.Http.DefaultRequestHeaders.Add(EmulatorFactory.ControlKeyHeader, "guess");

        (await wrongHeader.GetAsync("/emulator/clock?controlKey=s3cret")).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dashboards_files_load_without_the_key_and_its_data_does_not()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var anyone = new JsonClient(emulator.CreateClient());

        Answer page = await anyone.GetAsync("/emulator/ui/");
        Answer script = await anyone.GetAsync("/emulator/ui/dashboard.js");
        Answer phones = await anyone.GetAsync("/emulator/phones");
        Answer post = await anyone.PostAsync("/emulator/ui/");

        page.Status.Should().Be(HttpStatusCode.OK);
        script.Status.Should().Be(HttpStatusCode.OK);
        phones.Status.Should().Be(HttpStatusCode.Unauthorized);
        post.Status.Should().Be(HttpStatusCode.Unauthorized, "only reading the dashboard's files needs no key");
    }
}
