using System.Net;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>
/// Seed 001's three examples, each sent as printed to a fresh start of the default seed as <c>dotnet run</c> makes it
/// (its two calls in progress on 0003*210 included): each is accepted and, once the phones have answered, on call.
/// </summary>
public sealed class FreshStartSimpleCallsTests
{
    public static TheoryData<string, string, string, string> Examples => new()
    {
        {
            "Make Call Between Two Public Numbers", "user", "/uapi/phoneCalls/@me/simple", """
            {
              "extension": "210",
              "phoneCallView": [
                {
                  "source": ["5354353", "5302040"],
                  "destination": ["3235742879"],
                  "callerId": "John Doe <4242425>"
                }
              ]
            }
            """
        },
        {
            "Make Call as Administrator", "administrator", "/uapi/phoneCalls/12/simple", """
            {
              "extension": "0003*210",
              "phoneCallView": [
                {
                  "source": [ "5354353", "5302040" ],
                  "destination": [ "3235742879" ],
                  "callerId": "John Doe <4242425>"
                }
              ]
            }
            """
        },
        {
            "Make a Sandbox Phone Call", "user", "/uapi/phoneCalls/12/simple", """
            {
              "extension": "0003*210",
              "phoneCallView": [
                {
                  "source": [ "0003*210" ],
                  "destination": [ "0003*00" ],
                  "callerId": "John Doe <4242425>"
                }
              ]
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_reaches_status_5_beside_the_seeded_calls(string example, string app, string path, string payload)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(app == "administrator" ? SeedApp.Administrator : SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(path, payload);
        JsonElement created = (await response.ReadJsonAsync()).EnumerateArray().Single();
        emulator.AdvanceSeconds(6);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, example);
        JsonElement listed = await client.ListAsync(created.GetProperty("link").GetProperty("self").GetString()!);
        listed.SingleEntry().GetProperty("phoneCallView").EnumerateArray().Select(view => view.GetProperty("status").GetString())
            .Should().Equal(["5"], "{0} is on call once its phones answered", example);
        (await client.ListAsync("/uapi/phoneCalls/12/0003*210")).EntryIds()
            .Should().Equal(["b817d2618fe6f1804db1", "b817d2618fe6f1804333", created.GetProperty("id").GetString()!], "the seeded calls go on");
        emulator.Network.EndedCalls.Should().BeEmpty("no phone was busy");
    }
}
