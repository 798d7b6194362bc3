using System.Net;
using System.Text;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>HTTP Basic, the JSESSIONID cookie and the CSRF token, switched on and off.</summary>
public sealed class GenesysAuthenticationTests
{
    private const string Ready = """{"operationName":"StartContactCenterSession","channels":["voice"]}""";

    [Theory]
    [InlineData(null)]
    [InlineData("agent1:wrong")]
    [InlineData("nobody:password")]
    [InlineData("not-base64!")]
    public async Task Missing_or_wrong_credentials_answer_401_with_statusCode_20(string? credentials)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient http = emulator.CreateClient();
        if (credentials is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                credentials.Contains(':', StringComparison.Ordinal) ? $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials))}" : $"Basic {credentials}");
        }

        using var client = new JsonClient(http);
        Answer answer = await client.GetAsync("/api/v2/me");

        answer.Status.Should().Be(HttpStatusCode.Unauthorized);
        answer.Json.GetProperty("statusCode").GetInt32().Should().Be(20);
        answer.Json.GetProperty("statusMessage").GetString().Should().Contain("agent1 / password");
        answer.Json.EnumerateObject().Select(p => p.Name).Should().Equal("statusCode", "statusMessage");
    }

    [Fact]
    public async Task A_GET_issues_the_session_cookie_and_the_csrf_token_and_the_cookie_alone_then_authenticates()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient http = emulator.CreateClient();
        http.DefaultRequestHeaders.Authorization = Basic("agent1", "password");
        using HttpResponseMessage me = await http.GetAsync(new Uri("/api/v2/me", UriKind.Relative));

        me.Headers.GetValues("Set-Cookie").Single().Should().StartWith("JSESSIONID=");
        me.Headers.GetValues("X-CSRF-HEADER").Single().Should().Be("X-CSRF-TOKEN");
        string token = me.Headers.GetValues("X-CSRF-TOKEN").Single();
        http.DefaultRequestHeaders.Authorization = null;
        using var client = new JsonClient(http);
        (await client.GetAsync("/api/v2/me")).Expect(HttpStatusCode.OK).GetProperty("user").GetProperty("userName").GetString().Should().Be("agent1");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        (await client.PostAsync("/api/v2/me", Ready)).Expect(HttpStatusCode.OK).GetProperty("statusCode").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task With_csrf_on_a_POST_without_the_token_or_without_the_cookie_is_refused_with_403()
    {
        await using var emulator = new EmulatorFactory();
        using JsonClient agent = await emulator.AgentAsync();
        string token = agent.Http.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();
        agent.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        using HttpClient basicOnly = emulator.CreateClient(new() { HandleCookies = false });
        basicOnly.DefaultRequestHeaders.Authorization = Basic("agent1", "password");
        basicOnly.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);

        Answer noToken = await agent.PostAsync("/api/v2/me", Ready);
        agent.Http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "4a92be65-ec55-4aa2-b9df-9518fd870f2f");
        Answer wrongToken = await agent.PostAsync("/api/v2/me", Ready);
        Answer noCookie = await new JsonClient(basicOnly).PostAsync("/api/v2/me", Ready);

        foreach (Answer refused in new[] { noToken, wrongToken, noCookie })
        {
            refused.Status.Should().Be(HttpStatusCode.Forbidden);
            refused.Body.Should().Be("Missing or invalid Csrf token");
        }

        emulator.Notifications().Snapshot().Should().BeEmpty("a refused request changes nothing");
    }

    [Fact]
    public async Task With_csrf_off_Basic_alone_is_enough_and_no_token_is_given()
    {
        await using var emulator = new EmulatorFactory().With("Genesys:Csrf", "false");
        using HttpClient http = emulator.CreateClient(new() { HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = Basic("agent1", "password");
        using HttpResponseMessage me = await http.GetAsync(new Uri("/api/v2/me", UriKind.Relative));
        using var client = new JsonClient(http);

        me.Headers.Contains("X-CSRF-TOKEN").Should().BeFalse();
        (await client.PostAsync("/api/v2/me", Ready)).Expect(HttpStatusCode.OK).GetProperty("statusCode").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Sessions_are_bounded_one_more_than_Genesys_MaxSessions_drops_the_oldest()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Genesys:MaxSessions", "2");
        using HttpClient basic = emulator.CreateClient(new() { HandleCookies = false });
        basic.DefaultRequestHeaders.Authorization = Basic("agent1", "password");
        var cookies = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            using HttpResponseMessage me = await basic.GetAsync(new Uri("/api/v2/me", UriKind.Relative));
            cookies.Add(me.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
        }

        using HttpClient byCookie = emulator.CreateClient(new() { HandleCookies = false });
        var statuses = new List<HttpStatusCode>();
        foreach (string cookie in cookies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/me");
            request.Headers.Add("Cookie", cookie);
            using HttpResponseMessage answer = await byCookie.SendAsync(request);
            statuses.Add(answer.StatusCode);
        }

        statuses.Should().Equal(HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.OK);
    }
}
