using System.Net;
using System.Net.Http.Headers;
using System.Text;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>
/// Seed 002: the vendor's example URL of <c>conferences/create</c> verbatim, and the same request in every form real
/// client SDKs send it (POST form, <c>&amp;</c>, both, repeated keys, empty values, a Content-Type on a GET).
/// </summary>
public sealed class ConferenceCreateSeedExampleTests
{
    private const string ExampleQuery = "auth_username=user;auth_password=password;code=123456;talkpin=234567";
    private const string Expected = """{"responses":[{"code":"200","key":"","message":"OK"}],"data":{"id":2}}""";
    private static readonly ExtensionNumber Host = new("0003", "211");

    [Fact]
    public async Task The_seed_example_url_creates_conference_123456_on_0003_211_and_answers_its_id()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/conferences/create/?{ExampleQuery}");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("application/json");
        answer.Body.Should().Be(Expected);
        ScheduledConference created = emulator.Network.Conferences.Find(Host, "123456")!;
        created.Pins.Should().Be(new ConferencePins(Talker: "234567"));
        created.IsOpenAt(emulator.Clock.GetUtcNow()).Should().BeTrue();
        emulator.Network.Conferences.IdOf(created.Key).Should().Be(2);
    }

    [Theory]
    [InlineData("/api/json/conferences/create/?auth_username=user&auth_password=password&code=123456&talkpin=234567")]
    [InlineData("/api/json/conferences/create?auth_username=user;auth_password=password;code=123456;talkpin=234567")]
    [InlineData("/api/json/conferences/create/?auth_username=user;auth_password=password&code=123456;;talkpin=234567&")]
    [InlineData("/api/json/conferences/create/?auth_username=user;auth_password=password;code=123456;talkpin=234567;code=123456")]
    [InlineData("/api/json/conferences/create/?auth_username=user;auth_password=password;code=123456;talkpin=234567;count=;repeats=;maximum=;customer=")]
    [InlineData("/api/json/conferences/create/?auth_username=%75ser;auth_password=pass%77ord;code=%31%323456;talkpin=234567")]
    [InlineData("/api/json/conferences/create/?auth_username=user;auth_password=password;code=+123456+;talkpin=%20234567")]
    public async Task Every_form_of_the_query_string_gives_the_same_answer(string url)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync(url);

        answer.Body.Should().Be(Expected);
        emulator.Network.Conferences.Find(Host, "123456")!.Pins.Talker.Should().Be("234567");
    }

    [Theory]
    [InlineData("", ExampleQuery, "application/x-www-form-urlencoded")]
    [InlineData("", "auth_username=user&auth_password=password&code=123456&talkpin=234567", "application/x-www-form-urlencoded")]
    [InlineData("", ExampleQuery, "application/x-www-form-urlencoded; charset=utf-8")]
    [InlineData("", ExampleQuery, null)]
    [InlineData("", ExampleQuery, "text/plain")]
    [InlineData("?auth_username=user;auth_password=password", "code=123456&talkpin=234567", "application/x-www-form-urlencoded")]
    [InlineData("?auth_username=user;auth_password=password", "auth_username=user&auth_password=password&code=123456&talkpin=234567", "application/x-www-form-urlencoded")]
    public async Task The_same_request_as_a_post_form_gives_the_same_answer(string query, string body, string? contentType)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchPostAsync($"/api/json/conferences/create/{query}", body, contentType);

        answer.Body.Should().Be(Expected);
    }

    [Fact]
    public async Task A_multipart_form_gives_the_same_answer()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("user"), "auth_username" },
            { new StringContent("password"), "auth_password" },
            { new StringContent("123456"), "code" },
            { new StringContent("234567"), "talkpin" },
        };

        EnswitchAnswer answer = await client.EnswitchSendAsync(HttpMethod.Post, "/api/json/conferences/create/", form);

        answer.Body.Should().Be(Expected);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "code=999")]
    [InlineData("application/json", "{\"code\":\"999\"}")]
    [InlineData("multipart/form-data", "")]
    public async Task A_get_ignores_its_content_type_and_body(string contentType, string body)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/json/conferences/create/?{ExampleQuery}", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } },
        };

        using HttpResponseMessage response = await client.SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Be(Expected);
    }

    [Fact]
    public async Task Spaces_come_as_plus_or_percent_20_and_are_kept_in_the_description()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        await client.CreateConferenceAsync("code=123456;talkpin=234567;description=Weekly+board%20meeting%3B+all");

        emulator.Network.Conferences.Find(Host, "123456")!.Name.Should().Be("Weekly board meeting; all");
    }

    [Fact]
    public async Task A_key_sent_twice_with_two_values_is_refused_naming_it()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchPostAsync($"/api/json/conferences/create/?{ExampleQuery}", "code=654321");

        answer.Refusal("400", "code").Should().Be("code was sent 2 times with different values; send it once.");
        emulator.Network.Conferences.All.Should().ContainSingle();
    }

    [Fact]
    public async Task A_json_body_is_refused_with_what_to_send_instead()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchPostAsync("/api/json/conferences/create/", "{\"auth_username\":\"user\"}", "application/json");

        answer.Refusal("400").Should().Contain("application/x-www-form-urlencoded");
    }

    [Fact]
    public async Task Validation_1_answers_201_and_creates_nothing()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/conferences/create/?{ExampleQuery};validation=1");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Responses.Should().ContainSingle().Which.Code.Should().Be("201");
        answer.HasData.Should().BeFalse();
        emulator.Network.Conferences.Find(Host, "123456").Should().BeNull();
        (await client.EnswitchGetAsync($"/api/json/conferences/create/?{ExampleQuery};validation=0")).Expect("200");
    }
}
