using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>Bad input and requests beyond the app's rights: the vendor's envelope and code, a message that says what to send, and no change.</summary>
public sealed class PhoneCallEventRefusalTests
{
    private const string Events = "/uapi/extensions/@me/210/phoneCallEvents";
    private const string Url = "http://127.0.0.1:8000/calls";

    [Theory]
    [InlineData("""{"url":"http://127.0.0.1:8000/calls"}""", "pce_type_invalid", "type is missing")]
    [InlineData("""{"type":"5","url":"http://127.0.0.1:8000/calls"}""", "pce_type_invalid", "'5' is not an event type")]
    [InlineData("""{"type":{},"url":"http://127.0.0.1:8000/calls"}""", "pce_type_invalid", "type")]
    [InlineData("""{"type":"0"}""", "pce_url_invalid", "url is missing")]
    [InlineData("""{"type":"0","url":"calls.php"}""", "pce_url_invalid", "not an absolute http or https URL")]
    [InlineData("""{"type":"0","url":"ftp://127.0.0.1/calls"}""", "pce_url_invalid", "not an absolute http or https URL")]
    [InlineData("""{"type":"0","url":"http://example.com/calls"}""", "pce_url_invalid", "Uapi:Webhooks:AllowedHosts")]
    [InlineData("""{"type":"0","url":"http://127.0.0.1:8000/calls","method":"2"}""", "pce_method_invalid", "send 0 (GET")]
    [InlineData("""{"type":"0","url":"http://127.0.0.1:8000/calls","status":"yes"}""", "pce_status_invalid", "send 1 (enabled)")]
    [InlineData("""{"type":"0","url":"http://127.0.0.1:8000/calls","id":"not-alpha"}""", "pce_id_invalid", "letters and digits")]
    [InlineData("""{"type":"0","url":"http://127.0.0.1:8000/calls",""", "request_invalid", "not valid JSON")]
    public async Task A_bad_create_is_refused_with_the_fields_code_and_keeps_nothing(string body, string code, string hint)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage refused = await client.PostJsonAsync(Events, body);
        string message = await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);

        message.Should().Contain(hint);
        (await client.ListAsync(Events)).GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("POST", "/uapi/extensions/@me/210/phoneCallEvents/7", "pce_type_invalid")]
    [InlineData("POST", "/uapi/extensions/@me/210/phoneCallEvents/1", "pce_type_invalid", """{"type":"0","url":"http://localhost/"}""")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents/x", "pce_type_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents/0/Unknown", "pce_id_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents/0/%20", "pce_id_invalid")]
    [InlineData("PUT", "/uapi/extensions/@me/210/phoneCallEvents/0/Unknown", "pce_id_invalid")]
    [InlineData("DELETE", "/uapi/extensions/@me/210/phoneCallEvents/0/Unknown", "pce_id_invalid")]
    [InlineData("DELETE", "/uapi/extensions/@me/210/phoneCallEvents/1/Kept", "pce_id_invalid")]
    [InlineData("PUT", "/uapi/extensions/@me/210/phoneCallEvents/0/Kept", "pce_type_invalid", """{"type":"2"}""")]
    [InlineData("PUT", "/uapi/extensions/@me/210/phoneCallEvents/0/Kept", "pce_id_invalid", """{"id":"Other"}""")]
    [InlineData("PUT", "/uapi/extensions/@me/210/phoneCallEvents/0/Kept", "pce_url_invalid", """{"url":"http://10.0.0.1/x"}""")]
    [InlineData("POST", "/uapi/extensions/@me/210/phoneCallEvents", "pce_id_invalid", """{"type":"0","id":"Kept","url":"http://localhost/"}""")]
    [InlineData("GET", "/uapi/extensions/@me/@self/phoneCallEvents", "extension_invalid")]
    [InlineData("POST", "/uapi/extensions/@me/@SELF/phoneCallEvents", "extension_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/024/phoneCallEvents", "extension_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/0004*210/phoneCallEvents", "extension_invalid")]
    [InlineData("GET", "/uapi/extensions/13/024/phoneCallEvents", "user_invalid")]
    [InlineData("GET", "/uapi/extensions/%20/210/phoneCallEvents", "user_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/%20/phoneCallEvents", "extension_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents?count=0", "count_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents?fields=nonce", "fields_invalid")]
    [InlineData("GET", "/uapi/extensions/@me/210/phoneCallEvents?sortOrder=up", "sortorder_invalid")]
    public async Task A_bad_path_or_parameter_is_refused_and_changes_nothing(string method, string path, string code, string body = """{"url":"http://localhost/"}""")
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using HttpResponseMessage kept = await client.PostJsonAsync(Events, """{"type":"0","id":"Kept","url":"http://127.0.0.1:8000/calls"}""");
        kept.StatusCode.Should().Be(HttpStatusCode.OK);

        using HttpResponseMessage refused = await client.SendPathAsync(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : body);
        await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);

        System.Text.Json.JsonElement after = (await client.ListAsync(Events)).SingleEntry();
        after.GetProperty("url").GetString().Should().Be(Url);
        after.GetProperty("type").GetString().Should().Be("0");
    }

    [Fact]
    public async Task Another_organizations_app_sees_nothing_of_the_events()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient owner = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient stranger = await emulator.ClientForAsync(SeedApp.User20);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        await owner.SubscribeAsync("@me", "210", 0, Url);

        using HttpResponseMessage byUser = await stranger.GetPathAsync("/uapi/extensions/12/0003*210/phoneCallEvents");
        using HttpResponseMessage byExtension = await stranger.GetPathAsync("/uapi/extensions/@me/0003*210/phoneCallEvents");
        using HttpResponseMessage byOrganization = await organization.GetPathAsync("/uapi/extensions/20/0004*210/phoneCallEvents");
        using HttpResponseMessage meOfOrganization = await organization.GetPathAsync("/uapi/extensions/@me/210/phoneCallEvents");

        await byUser.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await byExtension.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        await byOrganization.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await meOfOrganization.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
    }

    [Fact]
    public async Task Without_a_token_every_route_is_access_denied_and_a_wrong_verb_is_method_not_allowed()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage denied = await anonymous.PostJsonAsync(Events, """{"type":"0","url":"http://localhost/"}""");
        using HttpResponseMessage listDenied = await anonymous.GetPathAsync(Events);
        using HttpResponseMessage wrongVerb = await client.DeletePathAsync(Events);

        await denied.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
        await listDenied.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
        await wrongVerb.ShouldBeUapiErrorAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task A_host_listed_in_allowed_hosts_may_be_subscribed()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Uapi:Webhooks:AllowedHosts:0", "crm.example.com");
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage allowed = await client.PostJsonAsync(Events, """{"type":"0","url":"https://CRM.example.com/calls"}""");
        using HttpResponseMessage refused = await client.PostJsonAsync(Events, """{"type":"0","url":"https://other.example.com/calls"}""");

        allowed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pce_url_invalid")).Should().Contain("crm.example.com");
    }
}
