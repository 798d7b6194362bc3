using System.Net;
using System.Text;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// Each dialect reads and refuses requests its own way, on its own controllers only: the control API answers what it
/// cannot bind with a problem, the UnifiedAPI with its envelope, and each has its own body limit.
/// </summary>
public sealed class DialectConventionsTests
{
    private const string FormType = "application/x-www-form-urlencoded";

    [Theory]
    [InlineData("""{"seconds":"soon"}""", "seconds has the wrong JSON type")]
    [InlineData("""{"seconds":25""", "not valid JSON")]
    [InlineData("[25]", "not a JSON object")]
    [InlineData("", "the request body is empty")]
    public async Task A_control_body_MVC_cannot_bind_is_answered_with_a_problem_not_the_UAPI_envelope(string body, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient control = emulator.ControlClient();

        Answer answer = await SendAsync(control, HttpMethod.Post, "/emulator/clock/advance", body, "application/json");

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(named);
        answer.Json.TryGetProperty("error", out _).Should().BeFalse("the UAPI envelope is the UnifiedAPI's, and the answer was {0}", answer.Body);
    }

    [Theory]
    [InlineData(FormType)]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task A_control_route_reads_JSON_whatever_the_Content_Type_says(string? mediaType)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient control = emulator.ControlClient();

        Answer answer = await SendAsync(control, HttpMethod.Put, "/emulator/phones/0003*210", """{"behaviour":"manual"}""", mediaType);

        answer.Expect(HttpStatusCode.OK).GetProperty("behaviour").GetProperty("kind").GetString().Should().Be("manual");
    }

    /// <summary>
    /// Over 2 KiB, so that MVC's form reader, were it on for UAPI actions, would refuse the body as a form key too long
    /// (the request journal rewinds shorter bodies for the next reader).
    /// </summary>
    [Fact]
    public async Task A_UAPI_route_reads_JSON_sent_as_a_form_and_answers_in_its_envelope_what_it_cannot_bind()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string padded = UapiRequests.SimpleCall(["0003*210"], ["0003*00"]).Replace(",", "," + new string(' ', 1024), StringComparison.Ordinal);

        using HttpResponseMessage placed = await client.PostJsonAsync(UapiRequests.SimpleCallPath, padded, FormType);
        using HttpResponseMessage broken = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            """{"extension":"210","phoneCallView":[{"source":{},"destination":["0003*00"]}]}""", FormType);

        placed.StatusCode.Should().Be(HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync());
        await broken.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_source_invalid");
    }

    [Fact]
    public async Task The_token_endpoint_outside_the_UAPI_controllers_still_reads_its_form()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        string token = await emulator.TokenForAsync(SeedApp.User);

        token.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_UAPI_body_limit_is_not_the_control_APIs()
    {
        await using var emulator = new EmulatorFactory().With("Uapi:MaxRequestBodyBytes", "1024");
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient control = emulator.ControlClient();
        string padding = new(' ', 2048);

        using HttpResponseMessage uapi = await client.PostJsonAsync(UapiRequests.SimpleCallPath, $$"""{"extension":"210"{{padding}}}""");
        Answer script = await SendAsync(control, HttpMethod.Put, "/emulator/phones/0003*210", $$"""{"behaviour":"manual"{{padding}}}""", "application/json");

        (await uapi.ShouldBeUapiErrorAsync(HttpStatusCode.RequestEntityTooLarge, "request_too_large")).Should().Contain("Uapi:MaxRequestBodyBytes");
        script.Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_dialect_writes_its_answers_with_its_own_JSON_settings()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));

        JsonElement listed = await client.ListAsync("/uapi/phoneCalls/@me/210");
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        listed.ShouldHaveNoNullFields();
        call.GetProperty("answered").ValueKind.Should().Be(JsonValueKind.Null, "the control API always shows when a call was answered");
        call.TryGetProperty("nonce", out _).Should().BeFalse("the control API leaves out a nonce the call does not have");
    }

    private static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, string body, string? mediaType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = mediaType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        using HttpResponseMessage response = await client.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location, await response.Content.ReadAsStringAsync());
    }
}
