using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>The request of seed 004 (PickUp PhoneCalls) on the seeded call b817d2618fe6f1804333 ringing on 0003*210.</summary>
public sealed class PickUpSeedExamplesTests
{
    private const string Path = "/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333";

    /// <summary>As printed: the quote after <c>callerId</c> is missing.</summary>
    private const string AsPrinted = """
        {
          "action":"PickUp",
          "sendCallTo":"0003*024",
          "callerId:"John Doe <42420042>",
          "waitForPickup":"20" ,
          "phoneCallViewId":"01"
        }
        """;

    private const string Corrected = """
        {
          "action":"PickUp",
          "sendCallTo":"0003*024",
          "callerId":"John Doe <42420042>",
          "waitForPickup":"20" ,
          "phoneCallViewId":"01"
        }
        """;

    [Fact]
    public async Task The_example_as_printed_is_not_json_and_gets_a_400_in_the_uapi_envelope_that_says_so()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(Path, AsPrinted);

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "request_invalid");
        message.Should().Contain("the request body is not valid JSON").And.Contain("line 4");
        emulator.Network.FindLiveCall(new CallId("b817d2618fe6f1804333"))!.Legs.Should().Contain(leg => leg.Phone.Value == "0003*210" && leg.State == LegState.Ringing);
    }

    [Fact]
    public async Task The_example_with_its_quote_restored_answers_202_with_the_call_of_the_example()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(Path, Corrected);

        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", body);
        body.ValueKind.Should().Be(JsonValueKind.Object, "a pick-up answers one object, not an array");
        body.PropertyNames().Should().Equal("id", "extension", "link");
        body.GetProperty("id").GetString().Should().Be("b817d2618fe6f1804333");
        body.GetProperty("extension").GetString().Should().Be("0003*210");
        body.GetProperty("link").PropertyNames().Should().Equal("self");
        body.GetProperty("link").GetProperty("self").GetString().Should().Be("http://localhost/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333");
    }

    [Fact]
    public async Task After_the_pick_up_0003_024_rings_and_once_it_answers_view_01_of_0003_210_shows_the_call_answered()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using HttpResponseMessage picked = await client.PutJsonAsync(Path, Corrected);

        Call ringing = emulator.Network.FindLiveCall(new CallId("b817d2618fe6f1804333"))!;
        ringing.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 Answered", "0003*210 PickedUp", "0003*024 Ringing");
        ringing.Legs[2].ShownCallerId.ToString().Should().Be("John Doe <42420042>");
        emulator.AdvanceSeconds(3);

        JsonElement call = (await client.ListAsync("/uapi/phoneCalls/12/0003*210/b817d2618fe6f1804333")).SingleEntry();
        call.GetProperty("id").GetString().Should().Be("b817d2618fe6f1804333");
        call.GetProperty("ownerId").GetString().Should().Be("3");
        call.GetProperty("ownerName").GetString().Should().Be("Default Organization");
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        JsonElement view = call.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("id").GetString().Should().Be("01");
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        view.GetProperty("status").GetString().Should().Be("5");
        view.GetProperty("callerId").GetString().Should().Be("John Doe <3334444>");
    }
}
