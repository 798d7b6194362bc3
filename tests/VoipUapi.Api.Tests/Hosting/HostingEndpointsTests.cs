using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The endpoints around the vendor API: the health probe and the OpenAPI document.</summary>
public sealed class HostingEndpointsTests
{
    [Fact]
    public async Task Health_probe_answers_ok_without_a_token()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("ok");
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
    }

    [Fact]
    public async Task OpenAPI_document_describes_the_health_probe_and_leaves_out_the_dashboard_redirect_and_CometD()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        JsonElement paths = (await (await client.GetPathAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).GetProperty("paths");

        paths.GetProperty("/healthz").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .PropertyNames().Should().Equal("text/plain");
        paths.PropertyNames().Should().NotContain(["/", "/api/v2/notifications"]);
    }

    [Fact]
    public async Task OpenAPI_document_offers_client_credentials_against_the_emulators_token_endpoint()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync("/swagger/v1/swagger.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonElement document = await response.ReadJsonAsync();
        JsonElement scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        scheme.GetProperty("type").GetString().Should().Be("oauth2");
        scheme.GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString().Should().Be("/oauth/token.php");
        document.GetProperty("paths").GetProperty("/uapi/phoneCalls/{userId}/simple").GetProperty("post").GetProperty("security")
            .EnumerateArray().SelectMany(requirement => requirement.PropertyNames()).Should().Contain("oauth2");
    }

    [Fact]
    public async Task OpenAPI_document_lists_the_phone_call_routes()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        JsonElement paths = (await (await client.GetPathAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).GetProperty("paths");

        paths.PropertyNames().Should().Contain(
        [
            "/uapi/phoneCalls/{userId}/simple",
            "/uapi/phoneCalls/{userId}/{extension}",
            "/uapi/phoneCalls/{userId}/{extension}/{phoneCallId}",
            "/oauth/token.php",
        ]);
        paths.GetProperty("/uapi/phoneCalls/{userId}/simple").PropertyNames().Should().Contain("post");
        paths.GetProperty("/uapi/phoneCalls/{userId}/{extension}/{phoneCallId}").PropertyNames().Should().Contain(["get", "delete"]);
    }

    [Fact]
    public async Task OpenAPI_document_lists_each_query_parameter_of_a_create_by_its_vendor_name()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        JsonElement paths = (await (await client.GetPathAsync("/swagger/v1/swagger.json")).ReadJsonAsync()).GetProperty("paths");

        JsonElement parameters = paths.GetProperty("/uapi/phoneCalls/{userId}/simple").GetProperty("post").GetProperty("parameters");
        parameters.EnumerateArray()
            .Where(parameter => parameter.GetProperty("in").GetString() == "query")
            .Select(parameter => parameter.GetProperty("name").GetString())
            .Should().BeEquivalentTo(["waitForPickup", "callDuration", "allowPublicTransfer", "video"], "the vendor names them so");
    }

    [Fact]
    public async Task Unknown_path_outside_the_vendor_APIs_is_a_problem_document()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync("/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }
}
