using System.Net;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>Callback-polling (JSONP): messages in <c>?message=</c>, the answer wrapped in the <c>?jsonp=</c> callback.</summary>
public sealed class BayeuxCallbackPollingTests
{
    [Fact]
    public async Task A_jsonp_get_is_answered_as_a_call_of_the_named_callback()
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();
        string message = Uri.EscapeDataString("""[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["callback-polling"],"id":"1"}]""");

        using HttpResponseMessage response = await bayeux.Http.GetAsync(new Uri($"{BayeuxHttp.Path}?jsonp=_cometd_jsonp_0&message={message}", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        body.Should().StartWith("_cometd_jsonp_0([").And.EndWith("])");
        JsonNode handshake = JsonNode.Parse(body["_cometd_jsonp_0(".Length..^1])![0]!;
        handshake["successful"]!.GetValue<bool>().Should().BeTrue();
        emulator.Clients.Find(handshake["clientId"]!.GetValue<string>()).Should().NotBeNull();
    }

    [Theory]
    [InlineData("?jsonp=alert(1)&message=%5B%5D", "400::jsonp alert(1) is not a JavaScript function name")]
    [InlineData("?jsonp=cb", "400::a GET carries callback-polling messages")]
    [InlineData("", "400::a GET carries callback-polling messages")]
    [InlineData("?message=%5B%5D", "400::a GET carries callback-polling messages")]
    public async Task A_get_without_a_usable_callback_or_message_gets_400(string query, string error)
    {
        await using var emulator = new CometDEmulator();
        using BayeuxHttp bayeux = emulator.Bayeux();

        using HttpResponseMessage response = await bayeux.Http.GetAsync(new Uri(BayeuxHttp.Path + query, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain(error);
        body.Should().NotStartWith("alert");
    }
}
