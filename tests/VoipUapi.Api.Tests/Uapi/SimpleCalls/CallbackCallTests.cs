using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.SimpleCalls;

/// <summary>
/// <c>POST /uapi/phoneCalls/{userId}/callback</c>: the request, validation, errors and answer of a simple call, but the
/// destination rings first and the sources once it answers (docs/decisions/0018).
/// </summary>
public sealed class CallbackCallTests
{
    private const string CallbackPath = "/uapi/phoneCalls/@me/callback";

    [Fact]
    public async Task A_callback_rings_the_destination_first_then_the_source_and_connects_them()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(CallbackPath,
            """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["3235742879"],"callerId":"John Doe <4242425>"}],"nonce":"cb-1"}""");
        JsonElement created = (await response.ReadJsonAsync()).EnumerateArray().Single();
        string id = created.GetProperty("id").GetString()!;
        string trying = await StatusAsync(client, id);
        emulator.AdvanceSeconds(3);
        string ringing = await StatusAsync(client, id);
        emulator.AdvanceSeconds(3);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        created.PropertyNames().Should().Equal("id", "extension", "link");
        created.GetProperty("extension").GetString().Should().Be("210");
        created.GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/210/{id}");
        trying.Should().Be("2", "210 waits while the PBX calls the destination");
        ringing.Should().Be("3", "the destination answered: now 210 rings");
        (await StatusAsync(client, id)).Should().Be("5");
        using var control = new JsonClient(emulator.ControlClient());
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);
        call.GetProperty("kind").GetString().Should().Be("callback");
        call.GetProperty("nonce").GetString().Should().Be("cb-1");
        call.GetProperty("timeline").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("phone").GetString()}".TrimEnd()).Should().Equal(
            "callPublished 0003*210", "legRinging 3235742879", "legAnswered 3235742879", "legRinging 0003*210", "legAnswered 0003*210", "callConnected");
    }

    [Fact]
    public async Task A_callback_nobody_answers_ends_after_wait_for_pickup_without_ringing_the_source()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5550001"]), $"{CallbackPath}?waitForPickup=10&callDuration=60");
        emulator.AdvanceSeconds(10);

        Call ended = emulator.Network.FindCall(new CallId(id))!;
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("5550001 NoAnswer");
    }

    [Theory]
    [InlineData(CallbackPath, """{"extension":"211","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}]}""", "extension_invalid", "0003*211 is a Conference extension")]
    [InlineData(CallbackPath, """{"extension":"210","phoneCallView":[{"destination":["5353535"]}]}""", "pc_source_invalid", "it is missing")]
    [InlineData(CallbackPath, """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["0003*210"]}]}""", "pc_destination_invalid", "is a source of the call too")]
    [InlineData(CallbackPath, """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"],"callerId":"John"}]}""", "pc_callerid_invalid", "'John' is not a caller id")]
    [InlineData(CallbackPath + "?waitForPickup=0", """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}]}""", "pc_timeout_invalid", "waitForPickup")]
    [InlineData(CallbackPath + "?callDuration=x", """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}]}""", "pc_duration_invalid", "callDuration")]
    [InlineData(CallbackPath + "?allowPublicTransfer=maybe", """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}]}""", "pc_transfer_invalid", "allowPublicTransfer=true or allowPublicTransfer=false")]
    [InlineData(CallbackPath, """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}],"nonce":"a b"}""", "pc_nonce_invalid", "without spaces")]
    [InlineData(CallbackPath, """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}""", "request_invalid", "is not valid JSON")]
    [InlineData("/uapi/phoneCalls/@me/callback", "", "request_invalid", "is empty")]
    public async Task A_callback_gets_the_validation_and_errors_of_a_simple_call(string path, string body, string code, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(path, body);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_callback_from_an_organization_app_names_the_user_and_a_nonce_in_use_is_refused()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        const string Body = """{"extension":"0003*210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"]}],"nonce":"once"}""";

        using HttpResponseMessage asMe = await organization.PostJsonAsync(CallbackPath, Body);
        string id = await organization.PlaceCallAsync(Body, "/uapi/phoneCalls/12/callback");
        using HttpResponseMessage again = await organization.PostJsonAsync("/uapi/phoneCalls/12/callback", Body);

        await asMe.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await again.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_nonce_invalid");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Fact]
    public async Task Allow_public_transfer_of_a_callback_lets_it_be_transferred_to_a_public_number()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]), $"{CallbackPath}?allowPublicTransfer=true");
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.PutJsonAsync($"/uapi/phoneCalls/@me/210/{id}",
            """{"action":"Transfer","sendCallTo":"3334444","transferFromNumber":"210","transferNumber":"5353535"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        emulator.Network.FindLiveCall(new CallId(id))!.AllowPublicTransfer.Should().BeTrue();
    }

    private static async Task<string> StatusAsync(HttpClient client, string id) =>
        (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry().GetProperty("phoneCallView")[0].GetProperty("status").GetString()!;
}
