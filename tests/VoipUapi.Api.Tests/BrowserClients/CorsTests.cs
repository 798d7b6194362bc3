using System.Net;
using VoipUapi.Api.Hosting;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.BrowserClients;

/// <summary>
/// A web app under development on another port calls the emulator from a browser: by default pages of loopback
/// origins may (preflight included, refusals readable), other origins get no CORS headers; Emulator:CorsOrigins changes it.
/// </summary>
public sealed class CorsTests
{
    private const string AllowOrigin = "Access-Control-Allow-Origin";

    [Theory]
    [InlineData("http://localhost:3000")]
    [InlineData("http://127.0.0.1:5173")]
    [InlineData("https://[::1]:8443")]
    public async Task By_default_a_loopback_origin_passes_the_preflight_of_a_unifiedapi_call(string origin)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage preflight = await client.SendAsync(Preflight("/uapi/phoneCalls/@me/simple", origin, "POST", "authorization,content-type"));

        preflight.StatusCode.Should().Be(HttpStatusCode.NoContent);
        preflight.Headers.GetValues(AllowOrigin).Should().Equal(origin);
        preflight.Headers.GetValues("Access-Control-Allow-Methods").Should().Equal("POST");
        preflight.Headers.GetValues("Access-Control-Allow-Headers").Single().Should().Contain("authorization");
    }

    [Fact]
    public async Task The_token_endpoint_answers_a_browser_and_a_refusal_is_readable_too()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage token = await client.SendAsync(From("http://localhost:3000", HttpMethod.Post, "/oauth/token.php", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "uapi-user-app", ["client_secret"] = "uapi-user-secret" })));
        using HttpResponseMessage refused = await client.SendAsync(From("http://localhost:3000", HttpMethod.Get, "/uapi/phoneCalls/@me/210"));

        token.StatusCode.Should().Be(HttpStatusCode.OK);
        token.Headers.GetValues(AllowOrigin).Should().Equal("http://localhost:3000");
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        refused.Headers.GetValues(AllowOrigin).Should().Equal(["http://localhost:3000"], "the page can read why it was refused");
    }

    [Fact]
    public async Task By_default_another_origin_gets_no_cors_headers()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage preflight = await client.SendAsync(Preflight("/emulator/reset", "https://evil.example", "POST", null));
        using HttpResponseMessage clock = await client.SendAsync(From("https://evil.example", HttpMethod.Get, "/emulator/clock"));

        preflight.Headers.Contains(AllowOrigin).Should().BeFalse();
        clock.Headers.Contains(AllowOrigin).Should().BeFalse("the browser keeps the answer from the page");
    }

    [Fact]
    public async Task A_listed_origin_passes_and_a_location_header_is_readable()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With(BrowserOrigins.Key, "https://crm.test, http://localhost:4200");
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage placed = await client.SendAsync(From("https://crm.test", HttpMethod.Post, "/emulator/calls/inbound",
            new StringContent("""{"from":"5551234","to":"0003*024"}""")));
        using HttpResponseMessage loopback = await client.SendAsync(From("http://localhost:3000", HttpMethod.Get, "/emulator/clock"));

        placed.StatusCode.Should().Be(HttpStatusCode.Created);
        placed.Headers.GetValues(AllowOrigin).Should().Equal("https://crm.test");
        placed.Headers.GetValues("Access-Control-Expose-Headers").Single().Should().Contain("Location");
        loopback.Headers.Contains(AllowOrigin).Should().BeFalse("a list without loopback names only its origins");
    }

    [Fact]
    public async Task None_turns_cors_off_and_star_allows_every_origin()
    {
        await using EmulatorFactory off = new EmulatorFactory().With(BrowserOrigins.Key, "none");
        await using EmulatorFactory any = new EmulatorFactory().With(BrowserOrigins.Key, "*");
        using HttpClient offClient = off.CreateClient();
        using HttpClient anyClient = any.CreateClient();

        using HttpResponseMessage refused = await offClient.SendAsync(From("http://localhost:3000", HttpMethod.Get, "/healthz"));
        using HttpResponseMessage allowed = await anyClient.SendAsync(From("https://anywhere.test", HttpMethod.Get, "/healthz"));

        refused.Headers.Contains(AllowOrigin).Should().BeFalse();
        allowed.Headers.GetValues(AllowOrigin).Should().Equal("https://anywhere.test");
    }

    [Theory]
    [InlineData("localhost:3000")]
    [InlineData("http://localhost:3000/app")]
    [InlineData("ftp://files.test")]
    public async Task A_setting_that_names_no_origin_stops_the_start_and_says_what_to_give(string setting)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With(BrowserOrigins.Key, setting);

        Action start = () => emulator.CreateClient();

        start.Should().Throw<StartupException>().WithMessage($"Emulator:CorsOrigins (--cors-origins) holds '{setting}', which is no web origin; give loopback*");
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string? headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static HttpRequestMessage From(string origin, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Add("Origin", origin);
        return request;
    }
}
