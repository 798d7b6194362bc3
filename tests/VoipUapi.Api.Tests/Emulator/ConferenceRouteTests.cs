using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary><c>GET /emulator/conferences[/{host}/{number}]</c>: the scheduled conferences and who sits in their rooms.</summary>
public sealed class ConferenceRouteTests
{
    [Fact]
    public async Task The_seeds_conference_is_listed_with_its_pins_and_nobody_in_it()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement list = (await control.GetAsync("/emulator/conferences")).Expect(HttpStatusCode.OK);

        list.GetProperty("count").GetInt32().Should().Be(1);
        JsonElement conference = list.GetProperty("conferences")[0];
        conference.GetProperty("host").GetString().Should().Be("0003*211");
        conference.GetProperty("number").GetString().Should().Be("3");
        conference.GetProperty("scheduled").GetBoolean().Should().BeTrue();
        conference.GetProperty("open").GetBoolean().Should().BeTrue();
        conference.GetProperty("pins").GetProperty("talker").GetString().Should().Be("2233");
        conference.GetProperty("pins").GetProperty("admin").GetString().Should().Be("9900");
        conference.GetProperty("features").EnumerateArray().Select(f => f.GetString()).Should().Equal("toneOnJoin", "musicWhileAlone");
        conference.GetProperty("opened").ValueKind.Should().Be(JsonValueKind.Null);
        conference.GetProperty("participants").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_invitee_that_answered_is_in_the_room_as_a_talker_and_leaves_it_when_it_hangs_up()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient uapi = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["3235742879"]), "/uapi/phoneCalls/@me/conferenceInvite?number=3&pin=2233");
        emulator.AdvanceSeconds(3);

        JsonElement conference = (await control.GetAsync("/emulator/conferences/0003*211/3")).Expect(HttpStatusCode.OK);
        JsonElement participant = conference.GetProperty("participants").EnumerateArray().Single();
        participant.GetProperty("phone").GetString().Should().Be("3235742879");
        participant.GetProperty("callId").GetString().Should().Be(id);
        participant.GetProperty("role").GetString().Should().Be("talker");
        participant.GetProperty("joined").GetString().Should().Be("2026-01-01T10:00:03Z");
        participant.GetProperty("muted").GetBoolean().Should().BeFalse();
        participant.GetProperty("hearsMusic").GetBoolean().Should().BeTrue("it is alone in a conference that plays music then");
        conference.GetProperty("opened").GetString().Should().Be("2026-01-01T10:00:03Z");

        (await control.PostAsync("/emulator/phones/3235742879/hangup")).Status.Should().Be(HttpStatusCode.OK);
        (await control.GetAsync("/emulator/conferences/0003%2A211/3")).Expect(HttpStatusCode.OK).GetProperty("participants").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("/emulator/conferences/0003*211/4", "0003*211 has no conference '4'; it hosts 3")]
    [InlineData("/emulator/conferences/0003*210/3", "0003*210 has no conference '3'; it hosts none")]
    [InlineData("/emulator/conferences/211/3", "'211' is not a Conference extension; write it with its organization code")]
    [InlineData("/emulator/conferences/%20/3", "'' is not a Conference extension")]
    public async Task A_conference_the_network_does_not_have_is_a_404_that_says_what_there_is(string path, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        (await control.GetAsync(path)).ProblemDetail(HttpStatusCode.NotFound).Should().Contain(detail);
    }
}
