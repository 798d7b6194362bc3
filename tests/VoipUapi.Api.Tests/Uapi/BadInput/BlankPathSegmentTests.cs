using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.BadInput;

/// <summary>
/// A path segment holding only whitespace is bad input, never "no value": a client with an empty variable in its URL
/// template gets the vendor's error for that segment, and nothing happens to any call.
/// </summary>
public sealed class BlankPathSegmentTests
{
    public static readonly TheoryData<string> Blanks = new() { "%20", "%09", "%0A", "%0B", "%0C", "%C2%A0", "%E3%80%80", "%E2%80%A8", "%20%20" };

    private const string RingingCall = "b817d2618fe6f1804333";

    [Theory]
    [MemberData(nameof(Blanks))]
    public async Task Blank_user_id_is_user_invalid_on_every_route(string blank)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        foreach (SeedApp app in new[] { SeedApp.User, SeedApp.Organization, SeedApp.Administrator })
        {
            using HttpClient client = await emulator.ClientForAsync(app);
            foreach ((HttpMethod method, string path, string? body) in new (HttpMethod, string, string?)[]
            {
                (HttpMethod.Get, $"/uapi/phoneCalls/{blank}/0003*210", null),
                (HttpMethod.Get, $"/uapi/phoneCalls/{blank}/0003*210/{RingingCall}", null),
                (HttpMethod.Delete, $"/uapi/phoneCalls/{blank}/0003*210", null),
                (HttpMethod.Delete, $"/uapi/phoneCalls/{blank}/@self/{RingingCall}", null),
                (HttpMethod.Put, $"/uapi/phoneCalls/{blank}/0003*210/{RingingCall}", UapiRequests.PickUp()),
                (HttpMethod.Post, $"/uapi/phoneCalls/{blank}/simple", UapiRequests.SimpleCall(["0003*210"], ["5353535"], "0003*210")),
                (HttpMethod.Post, $"/uapi/phoneCalls/{blank}/conferenceInvite", UapiRequests.ConferenceInvite(["5353535"], "0003*211")),
            })
            {
                using HttpResponseMessage response = await client.SendPathAsync(method, path, body);

                string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
                message.Should().Contain("userId segment is blank").And.Contain("@me", "the message says what to send instead");
            }
        }

        emulator.Network.LiveCalls.Should().HaveCount(4, "no refused request hangs up or picks up a call");
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public async Task Blank_extension_is_extension_invalid(string blank)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        foreach (string userId in new[] { "@me", "@owner", "12" })
        {
            using HttpResponseMessage list = await client.GetPathAsync($"/uapi/phoneCalls/{userId}/{blank}");
            using HttpResponseMessage hangUp = await client.DeletePathAsync($"/uapi/phoneCalls/{userId}/{blank}/{RingingCall}");

            (await list.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid"))
                .Should().Contain("extension is blank");
            (await hangUp.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid"))
                .Should().Contain("extension is blank");
        }

        emulator.Network.LiveCalls.Should().HaveCount(4);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public async Task Blank_phone_call_id_hangs_up_nothing(string blank)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/0003*210/{blank}");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain("phoneCallId segment is blank");
        emulator.Network.LiveCalls.Should().HaveCount(4, "a blank id is not the id-less DELETE that hangs up every call");
        emulator.Network.EndedCalls.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public async Task Blank_phone_call_id_lists_nothing(string blank)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.GetPathAsync($"/uapi/phoneCalls/@me/@self/{blank}");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain("phoneCallId segment is blank");
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public async Task Blank_phone_call_id_picks_up_nothing(string blank)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync($"/uapi/phoneCalls/@me/0003*210/{blank}", UapiRequests.PickUp());

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain("phoneCallId segment is blank");
        emulator.Network.LiveCalls.Single(call => call.Id.Value == RingingCall).Legs.Should().NotContain(leg => leg.Phone.Value == "0003*024");
    }
}
