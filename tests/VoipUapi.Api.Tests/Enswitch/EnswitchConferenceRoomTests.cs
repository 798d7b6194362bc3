using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>
/// A conference Enswitch created is a room of the network: a UAPI invite joins it, Enswitch lists and hangs up its
/// legs, and its maximum and duration hold on the emulator's (manual) clock.
/// </summary>
public sealed class EnswitchConferenceRoomTests
{
    private static readonly ConferenceKey Room = new(new ExtensionNumber("0003", "211"), "123456");

    [Fact]
    public async Task Create_with_enswitch_invite_with_uapi_list_and_hang_up_with_enswitch_and_uapi_no_longer_lists_it()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        using HttpClient uapi = await emulator.ClientForAsync(SeedApp.User);
        (await enswitch.EnswitchGetAsync("/api/json/conferences/create/?auth_username=user;auth_password=password;code=123456;talkpin=234567")).Expect("200");

        string id = await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=234567");
        emulator.AdvanceSeconds(3);

        emulator.Network.FindRoom(Room)!.Participants.Should().ContainSingle().Which.Should().Match<ConferenceParticipant>(
            p => p.Phone == PhoneAddress.ForPublic("5354353") && p.Role == ConferenceRole.Talker);
        JsonElement row = (await enswitch.EnswitchGetAsync($"/api/json/calls/active/list/?{User}")).Expect("200").EnumerateArray().Single();
        row.GetRawText().Should().Be($$"""
            {"uniqueid":"{{id}}.0","callid":"{{id}}","start":1767261600,"answered":1767261603,"direction":"out","stype":"conference","snumber":"0003*211","ctype":"external","cnumber":"5354353","dtype":"external","dnumber":"5354353","answered_number":"5354353","number":"5354353","state":"answered","callerid_internal":"John Doe Conference <4242426>","callerid_external":"4242426","billing_peer":0,"scustomer":3,"machine":"voipuapi","peer":"","conference":"123456"}
            """);

        (await enswitch.EnswitchGetAsync($"/api/json/calls/hangup/?{User};callid={id}")).Expect("204");

        (await uapi.ListAsync("/uapi/phoneCalls/@me/211")).EntryIds().Should().BeEmpty();
        emulator.Network.Rooms.Should().BeEmpty();
        emulator.Network.EndedCalls.Single().Id.Value.Should().Be(id);
        (await enswitch.EnswitchGetAsync($"/api/json/calls/active/list/?{User}")).Expect("200").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Hanging_up_one_leg_by_uniqueid_takes_only_that_participant_out()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        using HttpClient uapi = await emulator.ClientForAsync(SeedApp.User);
        await enswitch.CreateConferenceAsync("code=123456;adminpin=1;talkpin=2");
        string first = await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=1");
        await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354354"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=2");
        emulator.AdvanceSeconds(3);

        JsonElement rows = (await enswitch.EnswitchGetAsync($"/api/json/calls/active/list/?{User};snumber=0003*211;smatch=exact;sort=cnumber;descending=1")).Expect("200");
        rows.EnumerateArray().Select(r => r.GetProperty("number").GetString()).Should().Equal("5354354", "5354353");
        (await enswitch.EnswitchGetAsync($"/api/json/calls/hangup/?{User};uniqueid={first}.0")).Expect("204");

        emulator.Network.FindRoom(Room)!.Participants.Select(p => (p.Phone.Value, p.Role)).Should().Equal(("5354354", ConferenceRole.Talker));
    }

    [Fact]
    public async Task Maximum_turns_away_the_caller_who_would_overfill_the_room()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        using HttpClient uapi = await emulator.ClientForAsync(SeedApp.User);
        await enswitch.CreateConferenceAsync("code=123456;talkpin=2;maximum=1");
        await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=2");
        string second = await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354354"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=2");

        emulator.AdvanceSeconds(3);

        emulator.Network.FindRoom(Room)!.Participants.Select(p => p.Phone.Value).Should().Equal("5354353");
        emulator.Network.FindCall(new CallId(second))!.Disposition.Should().Be(CallDisposition.NotAllowed);
    }

    [Fact]
    public async Task Duration_ends_the_room_on_the_clock_when_the_conference_has_a_date()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        using HttpClient uapi = await emulator.ClientForAsync(SeedApp.User);
        await enswitch.CreateConferenceAsync("code=123456;talkpin=2;year=2026;month=1;day=1;hour=10;minute=0;duration=1");
        await uapi.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=123456&pin=2");
        emulator.AdvanceSeconds(3);
        emulator.Network.FindRoom(Room).Should().NotBeNull();

        emulator.AdvanceSeconds(57);

        emulator.Network.Rooms.Should().BeEmpty();
        emulator.Network.EndedCalls.Single().Ended.Should().Be(EmulatorFactory.DefaultStart.AddMinutes(1));
        using HttpResponseMessage late = await uapi.PostJsonAsync($"{UapiRequests.ConferenceInvitePath}?number=123456&pin=2", UapiRequests.ConferenceInvite(["5354353"]));
        (await late.ShouldBeUapiErrorAsync(System.Net.HttpStatusCode.BadRequest, "pc_number_invalid")).Should().Contain("closed at 2026-01-01T10:01:00");
    }

    [Fact]
    public async Task Without_a_date_a_duration_counts_from_the_moment_of_creation()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        emulator.AdvanceSeconds(30);

        int id = await enswitch.CreateConferenceAsync("code=123456;talkpin=2;duration=10");

        ScheduledConference conference = emulator.Network.Conferences.Find(id)!;
        conference.Start.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(30));
        conference.End.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(30).AddMinutes(10));
        (await enswitch.EnswitchGetAsync($"/api/json/conferences/get/?{User};id={id}")).Expect("200").GetProperty("year").GetInt32().Should().Be(2026);
    }

    [Fact]
    public async Task Calls_make_with_ctype_conference_rings_snumber_and_brings_it_into_the_room_as_a_talker()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient enswitch = emulator.CreateClient();
        await enswitch.CreateConferenceAsync("code=123456;adminpin=1;talkpin=2");

        JsonElement made = (await enswitch.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=5354353;ctype=conference;cnumber=123456;wait=5")).Expect("200");
        emulator.AdvanceSeconds(3);

        made.GetProperty("server").GetString().Should().Be("voipuapi");
        emulator.Network.FindRoom(Room)!.Participants.Single().Should().Match<ConferenceParticipant>(
            p => p.CallId.Value == made.GetProperty("callid").GetString() && p.Role == ConferenceRole.Talker);
    }
}
