using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Genesys.Auth;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>Every Bayeux request is authenticated as the Genesys dialect's requests are: Basic or the JSESSIONID cookie, no CSRF token.</summary>
public sealed class BayeuxAuthenticationTests
{
    private const string Handshake = """[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]}]""";

    [Fact]
    public async Task The_session_cookie_alone_authenticates_the_agent_whose_session_it_is()
    {
        await using var emulator = new CometDEmulator();
        GenesysSession session = emulator.Services.GetRequiredService<GenesysSessions>().Open(CometDEmulator.Agent2);
        using HttpClient http = emulator.CreateClient();
        http.DefaultRequestHeaders.Add("Cookie", $"{GenesysAuthenticator.SessionCookie}={session.Id}");
        using var bayeux = new BayeuxHttp(http);

        string clientId = await bayeux.HandshakeAsync();

        emulator.Clients.Find(clientId)!.AgentUserName.Should().Be(CometDEmulator.Agent2);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Basic bm90LWJhc2U2NA===", null)]
    [InlineData("Bearer abc", null)]
    [InlineData(null, "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")]
    public async Task A_request_that_proves_no_agent_gets_401_and_creates_no_client(string? authorization, string? cookie)
    {
        await using var emulator = new CometDEmulator();
        using HttpClient http = emulator.CreateClient();
        if (authorization is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        if (cookie is not null)
        {
            http.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        using var bayeux = new BayeuxHttp(http);
        using BayeuxHttp wrong = BayeuxHttp.As(emulator.CreateClient(), CometDEmulator.Agent1, "wrong");

        foreach (BayeuxHttp client in new[] { bayeux, wrong })
        {
            (HttpStatusCode status, _, string body) = await client.PostAsync(Handshake);
            status.Should().Be(HttpStatusCode.Unauthorized);
            body.Should().StartWith("{\"statusCode\":20,");
        }

        emulator.Clients.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_client_id_stops_working_once_the_request_proves_no_agent()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string clientId = await bayeux.ConnectedAsync("/v2/me/calls");
        using var anonymous = new BayeuxHttp(emulator.CreateClient());

        (HttpStatusCode status, _, _) = await anonymous.PostAsync(new JsonArray(BayeuxHttp.Subscribe(clientId, "/v2/me/devices")).ToJsonString());

        status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_emulator_as_it_starts_answers_an_anonymous_handshake_401_in_the_genesys_envelope()
    {
        await using var emulator = new VoipUapi.Testing.EmulatorFactory();
        using var anonymous = new BayeuxHttp(emulator.CreateClient());

        (HttpStatusCode status, _, string body) = await anonymous.PostAsync(Handshake);

        status.Should().Be(HttpStatusCode.Unauthorized);
        body.Should().StartWith("{\"statusCode\":20,");
    }
}
