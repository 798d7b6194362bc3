using System.Net;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.BrowserClients;

/// <summary>The dashboard's files come from the emulator itself (embedded in its assembly): no build step, no files beside the DLL.</summary>
public sealed class DashboardFilesTests
{
    [Fact]
    public async Task The_dashboard_is_at_emulator_ui_and_the_root_leads_there_keeping_the_query()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient(new() { AllowAutoRedirect = false });

        using HttpResponseMessage bare = await client.GetAsync(new Uri("/emulator/ui?controlKey=k", UriKind.Relative));
        using HttpResponseMessage root = await client.GetAsync(new Uri("/", UriKind.Relative));

        bare.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        bare.Headers.Location!.ToString().Should().EndWith("/emulator/ui/?controlKey=k");
        root.StatusCode.Should().Be(HttpStatusCode.Redirect);
        root.Headers.Location!.ToString().Should().Be("/emulator/ui/");
    }

    [Theory]
    [InlineData("/emulator/ui/", "text/html", "<script src=\"dashboard.js\">")]
    [InlineData("/emulator/ui/dashboard.js", "text/javascript", "new EventSource(")]
    [InlineData("/emulator/ui/dashboard.css", "text/css", ".phone.ringing")]
    public async Task Each_file_is_served_with_its_media_type(string path, string mediaType, string content)
    {
        await using var emulator = new EmulatorFactory();
        using var client = new JsonClient(emulator.CreateClient());

        Answer file = await client.GetAsync(path);

        file.Status.Should().Be(HttpStatusCode.OK);
        file.ContentType.Should().Be(mediaType);
        file.Body.Should().Contain(content);
    }

    [Fact]
    public async Task A_file_the_dashboard_does_not_have_is_a_404_problem()
    {
        await using var emulator = new EmulatorFactory();
        using var client = new JsonClient(emulator.CreateClient());

        (await client.GetAsync("/emulator/ui/nothing.js")).ProblemDetail(HttpStatusCode.NotFound).Should().Contain("/emulator/ui/nothing.js");
    }
}
