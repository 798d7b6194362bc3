using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>An error outside any controller gets the envelope that the dialect owning the path registered, problem details elsewhere.</summary>
public sealed class ErrorEnvelopeTests
{
    [Fact]
    public async Task No_route_under_uapi_is_the_UAPI_envelope()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync("/uapi/nothing");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.NotFound, "not_found")).Should().Contain("GET /uapi/nothing");
    }

    [Theory]
    [InlineData("GET", "/oauth/nothing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/oauth/token.php", HttpStatusCode.MethodNotAllowed)]
    public async Task Errors_under_oauth_are_the_OAuth_envelope(string method, string path, HttpStatusCode status)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.SendPathAsync(new HttpMethod(method), path);

        response.StatusCode.Should().Be(status);
        JsonElement body = await response.ReadJsonAsync();
        body.PropertyNames().Should().Equal("error", "error_description");
        body.GetProperty("error").GetString().Should().Be("invalid_request");
        body.GetProperty("error_description").GetString().Should().Contain(path);
    }

    [Theory]
    [InlineData("GET", "/emulator/nothing", HttpStatusCode.NotFound, "no route of the control API")]
    [InlineData("DELETE", "/emulator/clock", HttpStatusCode.MethodNotAllowed, "DELETE is not served on /emulator/clock")]
    public async Task Errors_under_emulator_are_problems_pointing_at_the_control_API_docs(string method, string path, HttpStatusCode status, string named)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.SendAsync(new HttpMethod(method), path);

        answer.ProblemDetail(status).Should().Contain(named).And.Contain("docs/control-api.md");
    }

    [Fact]
    public async Task No_route_elsewhere_is_a_problem_in_neutral_words()
    {
        await using var emulator = new EmulatorFactory();
        using var client = new JsonClient(emulator.CreateClient());

        Answer answer = await client.GetAsync("/uapix/nothing");

        answer.ProblemDetail(HttpStatusCode.NotFound).Should().Contain("GET /uapix/nothing is no route of the emulator").And.NotContain("UnifiedAPI");
    }

    [Theory]
    [InlineData("/uapi/")]
    [InlineData("/oauth/")]
    [InlineData("/emulator/")]
    [InlineData("/")]
    public async Task A_fault_outside_any_controller_is_a_500_in_the_envelope_of_its_path(string prefix)
    {
        await using var emulator = new EmulatorFactory();
        using WebApplicationFactory<Program> faulting = emulator.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FaultingPathStartupFilter>()));
        using HttpClient client = faulting.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync(prefix + FaultingPathStartupFilter.Segment);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        JsonElement body = await response.ReadJsonAsync();
        string text = body.ToString();
        text.Should().Contain("correlation id").And.NotContain("a fault for the test", "the log names the error, the answer does not");
        (prefix switch
        {
            "/uapi/" => body.GetProperty("error").GetProperty("code").GetString(),
            "/oauth/" => body.GetProperty("error").GetString(),
            _ => body.GetProperty("title").GetString(),
        }).Should().Be(prefix switch { "/uapi/" => "internal_server_error", "/oauth/" => "server_error", _ => "An error occurred while processing your request." });
    }

    [Fact]
    public async Task A_new_dialect_gets_its_envelope_for_its_prefix_from_one_line_of_registration()
    {
        await using var emulator = new EmulatorFactory();
        using WebApplicationFactory<Program> withDialect = emulator.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddErrorEnvelope("/test-dialect", (context, error) => context.Response.WriteAsJsonAsync(new { status = "error", reason = error.Kind.ToString() }))));
        using HttpClient client = withDialect.CreateClient();

        using HttpResponseMessage dialect = await client.GetPathAsync("/test-dialect/nothing");
        using HttpResponseMessage uapi = await client.GetPathAsync("/uapi/nothing");

        dialect.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await dialect.ReadJsonAsync()).GetProperty("reason").GetString().Should().Be(nameof(HostErrorKind.NoRoute));
        await uapi.ShouldBeUapiErrorAsync(HttpStatusCode.NotFound, "not_found");
    }
}
