using System.Net;
using System.Net.Http.Headers;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Auth;

/// <summary>How UnifiedAPI requests carry their token, and what they get without a good one.</summary>
public sealed class BearerTokenTests
{
    private const string ListPath = "/uapi/phoneCalls/@me/0003*210";

    [Theory]
    [InlineData("GET", ListPath)]
    [InlineData("POST", UapiRequests.SimpleCallPath)]
    [InlineData("DELETE", ListPath)]
    [InlineData("PUT", "/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f")]
    [InlineData("POST", "/uapi/phoneCalls/@me/conferenceInvite")]
    public async Task Request_without_a_token_is_access_denied(string method, string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();

        using HttpResponseMessage response = await anonymous.SendPathAsync(new HttpMethod(method), path, UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
        message.Should().StartWith("You are not authorized to use this request").And.Contain("no access token was sent");
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("not-a-token-the-emulator-issued")]
    [InlineData("c3e92a04ff422a7a0b9fc3e92a04ff422a7a0b9f")]
    public async Task Request_with_an_unknown_token_is_access_denied(string token)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using HttpResponseMessage response = await client.GetPathAsync(ListPath);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied")).Should().Contain("not one the emulator holds");
    }

    [Fact]
    public async Task Request_with_client_credentials_instead_of_a_token_is_access_denied()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "dWFwaS11c2VyLWFwcDp1YXBpLXVzZXItc2VjcmV0");

        using HttpResponseMessage response = await client.GetPathAsync(ListPath);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
    }

    [Fact]
    public async Task Token_expires_on_the_emulated_clock()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.AdvanceSeconds(3599);
        (await client.GetPathAsync(ListPath)).StatusCode.Should().Be(HttpStatusCode.OK);

        emulator.AdvanceSeconds(1);

        using HttpResponseMessage response = await client.GetPathAsync(ListPath);
        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied")).Should().Contain("expired");
        using HttpClient renewed = await emulator.ClientForAsync(SeedApp.User);
        (await renewed.GetPathAsync(ListPath)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Expired_token_is_reported_as_expired_on_every_retry()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.AdvanceSeconds(3600);

        using HttpResponseMessage first = await client.GetPathAsync(ListPath);
        using HttpResponseMessage retry = await client.GetPathAsync(ListPath);

        (await first.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied")).Should().Contain("expired");
        (await retry.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied")).Should().Contain("expired");
    }

    [Theory]
    [InlineData("Bearer%20{0}")]
    [InlineData("Bearer+{0}")]
    [InlineData("{0}")]
    public async Task Token_in_the_accessRequestToken_query_parameter_is_accepted(string parameter)
    {
        await using var emulator = new EmulatorFactory();
        string token = await emulator.TokenForAsync(SeedApp.User);
        using HttpClient client = emulator.CreateClient();

        string query = string.Format(System.Globalization.CultureInfo.InvariantCulture, parameter, token);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]), $"{UapiRequests.SimpleCallPath}?accessRequestToken={query}");

        (await client.ListAsync($"{ListPath}?accessRequestToken={query}")).EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task Unknown_token_in_the_query_parameter_is_access_denied()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync($"{ListPath}?accessRequestToken=Bearer%20nope");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
    }

    [Fact]
    public async Task Token_in_the_query_is_never_copied_into_paging_links()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["5302040"], ["5353535"]));
        string token = await emulator.TokenForAsync(SeedApp.User);
        using HttpClient client = emulator.CreateClient();

        string next = (await client.ListAsync($"{ListPath}?count=1&accessRequestToken=Bearer%20{token}"))
            .GetProperty("paging").GetProperty("next").GetString()!;

        next.Should().NotContain(token).And.NotContain("accessRequestToken").And.Contain("startIndex=1");
    }

    [Fact]
    public async Task Token_of_one_app_acts_as_that_app()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);

        using HttpResponseMessage response = await administrator.GetPathAsync(ListPath);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
    }
}
