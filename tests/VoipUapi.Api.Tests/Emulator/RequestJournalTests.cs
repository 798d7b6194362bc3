using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary><c>GET</c> and <c>DELETE /emulator/requests</c>: the vendor API requests the emulator received.</summary>
public sealed class RequestJournalTests
{
    private const string CallPayload = """
        {"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["3235742879"]}]}
        """;

    private static readonly Uri Journal = new("/emulator/requests", UriKind.Relative);
    private static readonly Uri SimpleCall = new("/uapi/phoneCalls/@me/simple?waitForPickup=25", UriKind.Relative);

    [Fact]
    public async Task Journal_lists_vendor_requests_newest_first_with_what_was_sent_and_the_status_answered()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.AdvanceSeconds(1);
        using HttpResponseMessage placed = await client.PostAsync(SimpleCall, Json(CallPayload));
        emulator.AdvanceSeconds(1);
        using HttpResponseMessage listed = await client.GetAsync(new Uri("/uapi/phoneCalls/@me/210", UriKind.Relative));

        JsonElement[] requests = await ListAsync(emulator.CreateClient());

        requests.Select(r => (r.GetProperty("method").GetString(), r.GetProperty("path").GetString(), r.GetProperty("status").GetInt32())).Should().Equal(
            ("GET", "/uapi/phoneCalls/@me/210", 200),
            ("POST", "/uapi/phoneCalls/@me/simple", 202),
            ("POST", "/oauth/token.php", 200));
        requests.Select(r => r.GetProperty("id").GetInt64()).Should().BeInDescendingOrder();
        requests[^1].GetProperty("at").GetString().Should().Be("2026-01-01T10:00:00Z");
        requests.Select(r => r.GetProperty("at").GetDateTimeOffset()).Should().Equal(
            EmulatorFactory.DefaultStart.AddSeconds(2), EmulatorFactory.DefaultStart.AddSeconds(1), EmulatorFactory.DefaultStart);
        JsonElement call = requests[1];
        call.GetProperty("query").GetString().Should().Be("waitForPickup=25");
        call.GetProperty("contentType").GetString().Should().StartWith("application/json");
        call.GetProperty("body").GetString().Should().Be(CallPayload);
        call.GetProperty("bodyTruncated").GetBoolean().Should().BeFalse();
        requests[0].GetProperty("query").ValueKind.Should().Be(JsonValueKind.Null);
        requests[0].GetProperty("body").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Journal_shows_the_status_the_error_handlers_answered_with()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();
        using HttpResponseMessage unauthorized = await anonymous.PostAsync(SimpleCall, Json(CallPayload));
        using HttpResponseMessage notFound = await anonymous.GetAsync(new Uri("/uapi/nothing/here", UriKind.Relative));
        using HttpResponseMessage badJson = await anonymous.PostAsync(new Uri("/oauth/token.php", UriKind.Relative), Json("{"));

        JsonElement[] requests = await ListAsync(anonymous);

        requests.Select(r => r.GetProperty("status").GetInt32()).Should().Equal(
            (int)badJson.StatusCode, (int)HttpStatusCode.NotFound, (int)HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Journal_never_shows_a_client_secret_or_an_access_token()
    {
        const string Secret = "uapi-user-secret";
        await using var emulator = new EmulatorFactory();
        string formToken = await emulator.TokenForAsync(SeedApp.User);
        using HttpClient client = emulator.CreateClient();
        using var basic = new HttpRequestMessage(HttpMethod.Post, new Uri("/oauth/token.php", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"uapi-user-app:{Secret}")));
        using HttpResponseMessage basicAnswer = await client.SendAsync(basic);
        string basicToken = JsonDocument.Parse(await basicAnswer.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
        using HttpResponseMessage inQuery = await client.PostAsync(
            new Uri($"/uapi/phoneCalls/@me/simple?accessRequestToken=Bearer%20{formToken}&waitForPickup=25", UriKind.Relative), Json(CallPayload));
        using HttpResponseMessage bareInQuery = await client.GetAsync(new Uri($"/uapi/phoneCalls/@me/210?ACCESSREQUESTTOKEN={basicToken}", UriKind.Relative));
        using HttpResponseMessage secretInQuery = await client.PostAsync(
            new Uri($"/oauth/token.php?client_id=uapi-user-app&client%5Fsecret={Secret}&grant_type=client_credentials", UriKind.Relative), null);
        using HttpResponseMessage secretInJson = await client.PostAsync(new Uri("/oauth/token.php", UriKind.Relative),
            Json($$"""{"client_id":"uapi-user-app","client_secret":"{{Secret}}","access_token":"{{formToken}}"}"""));
        using var bearer = new HttpRequestMessage(HttpMethod.Get, new Uri("/uapi/phoneCalls/@me/210", UriKind.Relative));
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", basicToken);
        using HttpResponseMessage inHeader = await client.SendAsync(bearer);

        using HttpResponseMessage listing = await client.GetAsync(Journal);
        string journal = await listing.Content.ReadAsStringAsync();

        inQuery.StatusCode.Should().Be(HttpStatusCode.Accepted);
        journal.Should().NotContain(Secret).And.NotContain(formToken).And.NotContain(basicToken);
        JsonElement[] requests = JsonDocument.Parse(journal).RootElement.GetProperty("requests").EnumerateArray().ToArray();
        requests.Should().HaveCount(7);
        requests.Select(r => r.GetProperty("body").GetString()).Should().Contain("client_id=uapi-user-app&client_secret=***&grant_type=client_credentials&type=unifiedapi")
            .And.Contain("""{"client_id":"uapi-user-app","client_secret":"***","access_token":"***"}""");
        requests.Select(r => r.GetProperty("query").GetString()).Should().Contain("accessRequestToken=***&waitForPickup=25")
            .And.Contain("ACCESSREQUESTTOKEN=***")
            .And.Contain("client_id=uapi-user-app&client_secret=***&grant_type=client_credentials");
    }

    [Fact]
    public async Task Journal_keeps_only_the_newest_requests_up_to_its_capacity()
    {
        await using var emulator = new EmulatorFactory().With("Emulator:JournalCapacity", "3");
        using HttpClient client = emulator.CreateClient();
        for (int i = 1; i <= 5; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri($"/uapi/phoneCalls/@me/210?n={i}", UriKind.Relative));
        }

        using HttpResponseMessage listing = await client.GetAsync(Journal);
        using JsonDocument page = JsonDocument.Parse(await listing.Content.ReadAsStringAsync());

        page.RootElement.GetProperty("capacity").GetInt32().Should().Be(3);
        page.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("query").GetString()).Should().Equal("n=5", "n=4", "n=3");
    }

    [Fact]
    public async Task Count_lists_only_that_many_of_the_newest_requests()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        for (int i = 1; i <= 3; i++)
        {
            using HttpResponseMessage response = await client.GetAsync(new Uri($"/uapi/phoneCalls/@me/210?n={i}", UriKind.Relative));
        }

        JsonElement[] two = await ListAsync(client, "?count=2");
        JsonElement[] none = await ListAsync(client, "?count=0");
        JsonElement[] all = await ListAsync(client, "?count=50");

        two.Select(r => r.GetProperty("query").GetString()).Should().Equal("n=3", "n=2");
        none.Should().BeEmpty();
        all.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public async Task Count_that_is_not_a_whole_number_is_a_problem(string count)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using HttpResponseMessage response = await client.GetAsync(new Uri($"/emulator/requests?count={count}", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("count");
    }

    [Fact]
    public async Task Delete_clears_the_journal_and_later_requests_are_kept_again()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using HttpResponseMessage before = await client.GetAsync(new Uri("/uapi/phoneCalls/@me/210", UriKind.Relative));

        using HttpResponseMessage cleared = await client.DeleteAsync(Journal);
        JsonElement[] afterClear = await ListAsync(client);
        using HttpResponseMessage after = await client.GetAsync(new Uri("/uapi/phoneCalls/@me/210?later=1", UriKind.Relative));
        JsonElement[] afterNewRequest = await ListAsync(client);

        cleared.StatusCode.Should().Be(HttpStatusCode.NoContent);
        afterClear.Should().BeEmpty();
        afterNewRequest.Should().ContainSingle().Which.GetProperty("query").GetString().Should().Be("later=1");
        afterNewRequest[0].GetProperty("id").GetInt64().Should().Be(3);
    }

    [Fact]
    public async Task Emulator_swagger_and_health_requests_are_not_journaled()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using HttpResponseMessage health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using HttpResponseMessage swagger = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));
        using HttpResponseMessage cleared = await client.DeleteAsync(Journal);
        using HttpResponseMessage lookalike = await client.GetAsync(new Uri("/uapix", UriKind.Relative));

        JsonElement[] requests = await ListAsync(client);

        health.StatusCode.Should().Be(HttpStatusCode.OK);
        swagger.StatusCode.Should().Be(HttpStatusCode.OK);
        requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_long_body_is_kept_in_part_and_flagged_while_the_endpoint_still_reads_it_whole(bool lengthKnown)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string payload = CallPayload.TrimEnd()[..^1] + $",\"padding\":\"{new string('x', 10_000)}\"}}";
        byte[] bytes = Encoding.UTF8.GetBytes(payload);
        HttpContent content = lengthKnown ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using HttpResponseMessage placed = await client.PostAsync(SimpleCall, content);
        JsonElement call = (await ListAsync(client))[0];

        placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        call.GetProperty("body").GetString().Should().Be(payload[..4096]);
        call.GetProperty("bodyTruncated").GetBoolean().Should().BeTrue();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement[]> ListAsync(HttpClient client, string query = "")
    {
        using HttpResponseMessage response = await client.GetAsync(new Uri($"/emulator/requests{query}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using JsonDocument page = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return page.RootElement.GetProperty("requests").EnumerateArray().Select(r => r.Clone()).ToArray();
    }

    /// <summary>A body whose length the client cannot tell in advance (sent chunked).</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
