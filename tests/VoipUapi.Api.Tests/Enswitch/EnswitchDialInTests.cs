using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>A caller of the public network dials the Conference extension, enters the code and a PIN of a conference Enswitch created, and joins it.</summary>
public sealed class EnswitchDialInTests
{
    [Fact]
    public async Task An_inbound_caller_entering_the_code_and_talk_pin_joins_and_waits_with_music_until_an_admin_comes()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        using var control = new JsonClient(emulator.ControlClient());
        await enswitch.CreateConferenceAsync("code=123456;adminpin=1111;talkpin=234567;wait_music=1");

        JsonElement talker = (await control.PostAsync("/emulator/calls/inbound", """{"from":"5551234","to":"0003*211","digits":"123456#234567#"}"""))
            .Expect(HttpStatusCode.Created);
        (await control.PostAsync("/emulator/calls/inbound", """{"from":"5554321","to":"0003*211","digits":"123456#1111#"}""")).Expect(HttpStatusCode.Created);

        ConferenceRoom room = emulator.Network.FindRoom(new ConferenceKey(new ExtensionNumber("0003", "211"), "123456"))!;
        room.Participants.Select(p => (p.Phone.Value, p.Role, p.Waiting)).Should().Equal(("5551234", ConferenceRole.Talker, false), ("5554321", ConferenceRole.Admin, false));
        JsonElement call = (await control.GetAsync($"/emulator/calls/{talker.GetProperty("id").GetString()}")).Expect(HttpStatusCode.OK);
        call.GetProperty("phase").GetString().Should().Be("connected");
        call.GetProperty("timeline").EnumerateArray().Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("detail").GetString()}").Should().EndWith(
            ["conferencePrompted number", "digitsSent 123456#234567#", "conferencePrompted pin", "participantJoined 0003*211/123456 talker music"]);
        (await enswitch.EnswitchGetAsync($"/api/json/calls/active/list/?{User}")).Expect("200").EnumerateArray()
            .Select(row => (row.GetProperty("number").GetString(), row.GetProperty("conference").GetString())).Should().BeEquivalentTo(
                [("5551234", "123456"), ("5554321", "123456")]);
    }

    [Fact]
    public async Task An_inbound_caller_with_wrong_digits_is_told_three_times_and_hung_up()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement refused = (await control.PostAsync("/emulator/calls/inbound", """{"from":"5551234","to":"0003*211","digits":"9#9#9#"}"""))
            .Expect(HttpStatusCode.Created);
        Answer bad = await control.PostAsync("/emulator/calls/inbound", """{"from":"5551234","to":"0003*211","digits":"3#x"}""");

        refused.GetProperty("state").GetString().Should().Be("ended");
        refused.GetProperty("disposition").GetString().Should().Be("notAllowed");
        bad.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain("digits '3#x' are not DTMF");
    }
}
