using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Auth;

/// <summary>POST /oauth/token.php with the client-credentials grant, as 4PSA's own clients send it.</summary>
public sealed class OAuthTokenEndpointTests
{
    private const string TokenPath = "/oauth/token.php";

    [Fact]
    public async Task Client_credentials_get_a_bearer_token_valid_for_an_hour()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, new()
        {
            ["client_id"] = "uapi-user-app",
            ["client_secret"] = "uapi-user-secret",
            ["grant_type"] = "client_credentials",
            ["type"] = "unifiedapi",
            ["redirect_uri"] = "https://localhost/ouath/token.php",
        });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        JsonElement token = await response.ReadJsonAsync();
        token.GetProperty("access_token").GetString().Should().MatchRegex("^[A-Za-z0-9_.-]{32,}$");
        token.GetProperty("token_type").GetString().Should().Be("Bearer");
        token.GetProperty("expires_in").GetInt32().Should().Be(3600);
    }

    [Fact]
    public async Task Every_request_gets_a_different_token()
    {
        await using var emulator = new EmulatorFactory();

        string first = await emulator.TokenForAsync(SeedApp.User);
        string second = await emulator.TokenForAsync(SeedApp.User);

        second.Should().NotBe(first);
    }

    [Fact]
    public async Task Token_lifetime_follows_the_configuration()
    {
        await using var emulator = new EmulatorFactory().With("OAuth:TokenLifetimeSeconds", "7200");
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, Credentials(SeedApp.User));

        (await response.ReadJsonAsync()).GetProperty("expires_in").GetInt32().Should().Be(7200);
    }

    [Theory]
    [InlineData("uapi-user-app", "wrong-secret")]
    [InlineData("no-such-app", "uapi-user-secret")]
    [InlineData("uapi-user-app", "UAPI-USER-SECRET")]
    public async Task Wrong_client_credentials_are_invalid_client(string clientId, string clientSecret)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, new()
        {
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["grant_type"] = "client_credentials",
        });

        await ShouldBeOAuthErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Missing_grant_type_is_invalid_request()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, new() { ["client_id"] = "uapi-user-app", ["client_secret"] = "uapi-user-secret" });

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain("grant_type");
    }

    [Theory]
    [InlineData("password")]
    [InlineData("authorization_code")]
    [InlineData("refresh_token")]
    public async Task Grant_the_emulator_does_not_support_is_unsupported_grant_type(string grantType)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, new()
        {
            ["client_id"] = "uapi-user-app",
            ["client_secret"] = "uapi-user-secret",
            ["grant_type"] = grantType,
        });

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "unsupported_grant_type")).Should().Contain(grantType);
    }

    [Fact]
    public async Task Missing_client_secret_is_invalid_request()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await RequestTokenAsync(client, new() { ["client_id"] = "uapi-user-app", ["grant_type"] = "client_credentials" });

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain("client_secret");
    }

    [Fact]
    public async Task Client_credentials_in_HTTP_Basic_are_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("uapi-org-app:uapi-org-secret")));

        using HttpResponseMessage response = await RequestTokenAsync(client, new() { ["grant_type"] = "client_credentials" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string token = (await response.ReadJsonAsync()).GetProperty("access_token").GetString()!;
        using HttpClient organization = emulator.CreateClient();
        organization.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await organization.ListAsync("/uapi/phoneCalls/12/@self")).GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Wrong_secret_in_HTTP_Basic_is_invalid_client()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("uapi-org-app:nope")));

        using HttpResponseMessage response = await RequestTokenAsync(client, new() { ["grant_type"] = "client_credentials" });

        await ShouldBeOAuthErrorAsync(response, HttpStatusCode.Unauthorized, "invalid_client");
    }

    [Fact]
    public async Task Token_request_as_JSON_is_refused_with_an_OAuth_error()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.PostJsonAsync(TokenPath,
            """{"client_id":"uapi-user-app","client_secret":"uapi-user-secret","grant_type":"client_credentials"}""");

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain("application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task Token_endpoint_answers_a_GET_with_an_OAuth_error()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetPathAsync(TokenPath);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        JsonElement error = await response.ReadJsonAsync();
        error.PropertyNames().Should().Equal("error", "error_description");
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "client_id=%00&client_secret=uapi-user-secret&grant_type=client_credentials", "client_id")]
    [InlineData("application/x-www-form-urlencoded", "client_id=uapi-user-app&client_secret=uapi%00&grant_type=client_credentials", "client_secret")]
    [InlineData("application/x-www-form-urlencoded", "client_id=uapi-user-app&client_secret=uapi-user-secret&grant_type=client%00credentials", "grant_type")]
    [InlineData("multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n--x--\r\n", "boundary")]
    [InlineData("multipart/form-data; boundary=\"\"", "--x\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_credentials\r\n--x--\r\n", "boundary")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_cre", "multipart")]
    [InlineData("multipart/form-data; boundary=x", "garbage without any boundary line", "multipart")]
    public async Task Form_the_reader_refuses_is_invalid_request_naming_the_problem(string mediaType, string body, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);

        using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(TokenPath), content);

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain(named);
    }

    [Fact]
    public async Task Form_of_more_fields_than_the_reader_takes_is_invalid_request()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        Dictionary<string, string> form = Credentials(SeedApp.User);
        foreach (int i in Enumerable.Range(0, 1100))
        {
            form[$"extra{i}"] = "1";
        }

        using HttpResponseMessage response = await RequestTokenAsync(client, form);

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain("1024");
    }

    [Fact]
    public async Task Form_larger_than_the_body_limit_is_invalid_request_naming_the_setting()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        Dictionary<string, string> form = Credentials(SeedApp.User);
        form["redirect_uri"] = new string('a', 70_000);

        using HttpResponseMessage response = await RequestTokenAsync(client, form);

        (await ShouldBeOAuthErrorAsync(response, HttpStatusCode.BadRequest, "invalid_request")).Should().Contain("Uapi:MaxRequestBodyBytes");
    }

    [Fact]
    public async Task Client_credentials_as_multipart_form_data_get_a_token()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using var form = new MultipartFormDataContent();
        foreach ((string name, string value) in Credentials(SeedApp.User))
        {
            form.Add(new StringContent(value), name);
        }

        using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(TokenPath), form);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Credentials(SeedApp app) => new()
    {
        ["client_id"] = app.ClientId,
        ["client_secret"] = app.ClientSecret,
        ["grant_type"] = "client_credentials",
    };

    private static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(UapiRequests.Relative(TokenPath), content);
    }

    /// <summary>The RFC 6749 error body: <c>{"error":"…","error_description":"…"}</c>; returns the description.</summary>
    private static async Task<string> ShouldBeOAuthErrorAsync(HttpResponseMessage response, HttpStatusCode status, string error)
    {
        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(status, "the answer was {0}", body);
        body.PropertyNames().Should().Equal("error", "error_description");
        body.GetProperty("error").GetString().Should().Be(error);
        body.TryGetProperty("access_token", out _).Should().BeFalse();
        return body.GetProperty("error_description").GetString()!;
    }
}
