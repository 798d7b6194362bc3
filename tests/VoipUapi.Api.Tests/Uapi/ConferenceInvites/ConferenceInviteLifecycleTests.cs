using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.ConferenceInvites;

/// <summary>Conference invites through HTTP on the manual clock: joining with the PIN, entering digits, limits, leaving.</summary>
public sealed class ConferenceInviteLifecycleTests
{
    private static readonly ConferenceKey Conference3 = new(new ExtensionNumber("0003", "211"), "3");

    [Fact]
    public async Task Invitee_asked_for_number_and_pin_joins_once_its_phone_sends_them()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), UapiRequests.ConferenceInvitePath);
        emulator.AdvanceSeconds(3);
        PhoneAddress invitee = PhoneAddress.ForPublic("5354353");

        emulator.Network.SendDigits(invitee, "3#");
        emulator.AdvanceSeconds(2);
        emulator.Network.SendDigits(invitee, "2233#");

        emulator.Network.FindRoom(Conference3)!.Participants.Single().Should().Match<ConferenceParticipant>(
            p => p.Phone == invitee && p.Role == ConferenceRole.Talker && p.Joined == EmulatorFactory.DefaultStart.AddSeconds(5));
        (await client.ListAsync($"/uapi/phoneCalls/@me/211/{id}")).SingleEntry().GetProperty("phoneCallView")[0]
            .GetProperty("status").GetString().Should().Be("5");
    }

    [Fact]
    public async Task Three_wrong_entries_hang_the_invitee_up_and_the_call_leaves_the_list()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=3");
        emulator.AdvanceSeconds(3);

        emulator.Network.SendDigits(PhoneAddress.ForPublic("5354353"), "1#2#3#");

        using HttpResponseMessage listed = await client.GetPathAsync($"/uapi/phoneCalls/@me/211/{id}");
        await listed.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Disposition.Should().Be(CallDisposition.NotAllowed);
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(3));
        emulator.Network.Rooms.Should().BeEmpty();
    }

    [Fact]
    public async Task Two_invites_meet_in_the_room_and_a_hang_up_through_the_api_takes_one_out()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string first = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=3&pin=2233");
        await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["0003*024"]), $"{UapiRequests.ConferenceInvitePath}?number=3&pin=9900");
        emulator.AdvanceSeconds(3);

        JsonElement listed = await client.ListAsync("/uapi/phoneCalls/@me/211");
        using HttpResponseMessage hungUp = await client.DeletePathAsync($"/uapi/phoneCalls/@me/211/{first}");

        listed.GetProperty("totalResults").GetInt32().Should().Be(2);
        hungUp.StatusCode.Should().Be(HttpStatusCode.OK);
        emulator.Network.FindRoom(Conference3)!.Participants.Select(p => (p.Phone.Value, p.Role)).Should().Equal(("0003*024", ConferenceRole.Admin));
    }

    [Fact]
    public async Task A_conference_holding_its_maximum_turns_the_next_invitee_away_when_it_answers()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.Network.Conferences.Create(new ScheduledConference(Conference3.Host, "5", new ConferencePins(Talker: "55"), MaxParticipants: 1))
            .Succeeded.Should().BeTrue();
        string inside = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5354353"]), $"{UapiRequests.ConferenceInvitePath}?number=5&pin=55");
        string turnedAway = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5302040"]), $"{UapiRequests.ConferenceInvitePath}?number=5&pin=55");

        emulator.AdvanceSeconds(3);

        JsonElement listed = await client.ListAsync("/uapi/phoneCalls/@me/211");
        listed.EntryIds().Should().Equal(inside);
        emulator.Network.FindCall(new CallId(turnedAway))!.Disposition.Should().Be(CallDisposition.NotAllowed);
        emulator.Network.Events.After(0).Should().Contain(e => e.Kind == Telephony.Events.NetworkEventKind.ConferenceRefused
            && e.Detail == "conference 0003*211/5 is full (1 participants)");
    }

    [Fact]
    public async Task An_invite_nobody_answers_is_cancelled_after_wait_for_pickup()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.ConferenceInvite(["5350001"]), $"{UapiRequests.ConferenceInvitePath}?number=3&pin=2233&waitForPickup=15");

        emulator.AdvanceSeconds(15);

        Call ended = emulator.Network.FindCall(new CallId(id))!;
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(15));
    }

    [Fact]
    public async Task The_organization_app_invites_for_user_12_with_its_numeric_id()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/12/conferenceInvite?number=3&pin=2233&callDuration=60",
            UapiRequests.ConferenceInvite(["0003*024"], callerId: "Board <4242426>"));
        emulator.AdvanceSeconds(63);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Legs.Single().ShownCallerId.ToString().Should().Be("Board <4242426>");
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(63), "callDuration counts from the answer");
    }
}
