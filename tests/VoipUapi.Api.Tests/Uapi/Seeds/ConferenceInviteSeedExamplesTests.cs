using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>The requests of seed 000 (Create ConferenceInvite PhoneCalls), sent as printed.</summary>
public sealed class ConferenceInviteSeedExamplesTests
{
    private const string ModelPayload = """
        {
          "extension": "211",
          "phoneCallView": [
            {
              "source": [ "211" ],
              "destination": [ "3235742879" ],
              "callerId": "John Doe <4242425>"
            }
          ]
        }
        """;

    private const string AsUserPayload = """{ "extension": "211", "phoneCallView": [{ "source": ["211"], "destination": ["3235742879"], "callerId": "John Doe <3235742879>" }] }""";

    [Fact]
    public async Task Model_example_is_accepted_with_the_answer_of_the_example()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/@me/conferenceInvite?number=3&pin=2233", ModelPayload);

        JsonElement created = await ShouldBeCreatedAsync(response);
        string id = created.GetProperty("id").GetString()!;
        created.GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/211/{id}");
        Call call = emulator.Network.FindCall(new CallId(id))!;
        call.Kind.Should().Be(CallKind.ConferenceInvite);
        call.Extension.ToString().Should().Be("0003*211");
        call.DestinationCallerId.ToString().Should().Be("John Doe <4242425>");
        call.IsLive.Should().BeTrue();
        call.Legs.Single().Should().Match<CallLeg>(leg => leg.Phone.Value == "3235742879" && leg.State == LegState.Ringing,
            "3235742879 talks on call b817d2618fe6f1804db1 in the default seed, and rings on its second line");
    }

    [Fact]
    public async Task Conference_invite_as_user_rings_3235742879_and_joins_it_to_conference_3_as_a_talker()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/@me/conferenceInvite?number=3&pin=2233", AsUserPayload);

        string id = (await ShouldBeCreatedAsync(response)).GetProperty("id").GetString()!;
        JsonElement ringing = (await client.ListAsync($"/uapi/phoneCalls/@me/211/{id}")).SingleEntry();
        JsonElement view = ringing.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("extension").GetString().Should().Be("0003*211");
        view.GetProperty("status").GetString().Should().Be("4", "the Conference extension waits while 3235742879 rings");
        view.GetProperty("source").EnumerateArray().Select(e => e.GetString()).Should().Equal("0003*211");
        view.GetProperty("destination").EnumerateArray().Select(e => e.GetString()).Should().Equal("3235742879");
        view.GetProperty("callerId").GetString().Should().Be("John Doe <3235742879>");
        view.GetProperty("flow").GetString().Should().Be("4");

        emulator.AdvanceSeconds(3);

        JsonElement joined = (await client.ListAsync($"/uapi/phoneCalls/@me/211/{id}")).SingleEntry();
        joined.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        joined.GetProperty("phoneCallView")[0].GetProperty("status").GetString().Should().Be("5");
        emulator.Network.Rooms.Single().Participants.Select(p => (p.Phone.Value, p.Role)).Should().Equal(
            ("3235742879", Telephony.Conferences.ConferenceRole.Talker));
    }

    [Fact]
    public async Task Conference_invite_as_administrator_get_answers_the_call_of_the_example()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Administrator);

        JsonElement page = await client.ListAsync("/uapi/phoneCalls/12/0003*210/b817d2618fe6f1804db1");

        page.GetProperty("startIndex").GetInt32().Should().Be(0);
        page.GetProperty("totalResults").GetInt32().Should().Be(1);
        page.GetProperty("itemsPerPage").GetInt32().Should().Be(20);
        page.GetProperty("filtered").GetBoolean().Should().BeFalse();
        page.GetProperty("sorted").GetBoolean().Should().BeFalse();
        JsonElement call = page.SingleEntry();
        call.GetProperty("id").GetString().Should().Be("b817d2618fe6f1804db1");
        call.GetProperty("extension").GetString().Should().Be("0003*210");
        call.GetProperty("ownerId").GetString().Should().Be("3");
        call.GetProperty("ownerName").GetString().Should().Be("Default Organization");
        call.GetProperty("published").GetString().Should().Be("2026-01-01T09:59:50Z");
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T09:59:55Z");
        JsonElement view = call.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("id").GetString().Should().Be("00");
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("answered").GetString().Should().Be("2026-01-01T09:59:55Z");
        view.GetProperty("status").GetString().Should().Be("5");
        view.GetProperty("callerId").GetString().Should().Be("John Doe <3235742879>");
        view.GetProperty("source").EnumerateArray().Select(e => e.GetString()).Should().Equal("0003*210");
        view.GetProperty("destination").EnumerateArray().Select(e => e.GetString()).Should().Equal("3235742879");
        call.ShouldHaveNoNullFields();
    }

    [Fact]
    public async Task Invite_as_administrator_without_number_and_pin_lets_3235742879_enter_them_as_the_example_describes()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Administrator);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/12/conferenceInvite",
            UapiRequests.ConferenceInvite(["3235742879"], extension: "0003*211"));

        string id = (await ShouldBeCreatedAsync(response, "0003*211")).GetProperty("id").GetString()!;
        emulator.AdvanceSeconds(3);
        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Invite!.Step.Should().Be(Telephony.Conferences.InviteStep.Joined, "3235742879 sends 3#2233# when it answers (the default seed's phone rule)");
        call.DestinationCallerId.ToString().Should().Be("John Doe Conference <4242426>", "the Conference extension's caller id is the default");
        emulator.Network.Rooms.Single().Participants.Single().Phone.Value.Should().Be("3235742879");
    }

    /// <summary>202 with exactly <c>[{"id","extension","link":{"self"}}]</c>, the extension as sent.</summary>
    private static async Task<JsonElement> ShouldBeCreatedAsync(HttpResponseMessage response, string extension = "211")
    {
        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", body);
        JsonElement created = body.EnumerateArray().Single();
        created.PropertyNames().Should().Equal("id", "extension", "link");
        created.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{20}$");
        created.GetProperty("extension").GetString().Should().Be(extension);
        created.GetProperty("link").PropertyNames().Should().Equal("self");
        return created;
    }
}
