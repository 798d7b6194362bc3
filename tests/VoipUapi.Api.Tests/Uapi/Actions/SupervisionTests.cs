using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>BargeIn, Whisper and Monitor through HTTP: the supervisor rings, joins with its audio rights and gets its own view.</summary>
public sealed class SupervisionTests
{
    [Fact]
    public async Task Barge_in_rings_the_supervisor_whose_view_shows_it_ringing_then_on_the_call_as_a_full_party()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"BargeIn","sendCallTo":"0003*024","callerId":"John Doe <42420042>","waitForPickup":"20","phoneCallViewId":"01"}""");
        string ringing = (await SupervisorViewAsync(organization, id)).GetProperty("status").GetString()!;
        emulator.AdvanceSeconds(3);

        ringing.Should().Be("3");
        JsonElement supervisor = await SupervisorViewAsync(organization, id);
        supervisor.GetProperty("status").GetString().Should().Be("5");
        supervisor.GetProperty("callerId").GetString().Should().Be("John Doe <42420042>");
        CallLeg joined = emulator.Network.FindLiveCall(new CallId(id))!.Legs[^1];
        joined.Should().Match<CallLeg>(leg => leg.Phone.Value == "0003*024" && leg.Role == LegRole.Added && leg.IsFullParty);
        await emulator.HangUpPhoneAsync("3334444");
        emulator.Network.FindLiveCall(new CallId(id)).Should().NotBeNull("210 and the barged-in 024 still talk");
        (await TimelineAsync(emulator, id)).Should().ContainInOrder("legRinging 0003*024", "legAnswered 0003*024", "legEnded 3334444");
    }

    [Theory]
    [InlineData("0", true, "whisper")]
    [InlineData("1", false, "privateWhisper")]
    public async Task Whisper_speaks_only_to_the_views_party_and_private_decides_whether_the_whisperer_hears_the_call(string isPrivate, bool hearsCall, string audio)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, $$"""{"action":"Whisper","sendCallTo":"0003*024","private":{{isPrivate}},"callerId":"Whisper To Me <42420042>","waitForPickup":"20","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(3);

        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Legs[^1].Audio.Should().Be(PartyAudio.Whisper(toLeg: 1, hearsCall));
        call.Legs[1].Phone.Value.Should().Be("0003*210", "the whisper speaks to the party of view 01");
        JsonElement leg = (await LegsAsync(emulator, id))[2];
        (leg.GetProperty("audio").GetString(), leg.GetProperty("speaksTo").GetString()).Should().Be((audio, "0003*210"));
        await emulator.HangUpPhoneAsync("3334444");
        emulator.Network.FindLiveCall(new CallId(id)).Should().BeNull("a whisperer is no party that keeps the call up");
    }

    [Fact]
    public async Task Monitor_listens_only()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"Monitor","sendCallTo":"024","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(3);

        emulator.Network.FindLiveCall(new CallId(id))!.Legs[^1].Audio.Should().Be(PartyAudio.ListenOnly);
        (await LegsAsync(emulator, id)).Select(leg => leg.GetProperty("audio").GetString()).Should().Equal("full", "full", "monitor");
    }

    [Fact]
    public async Task A_supervisor_who_does_not_answer_stops_ringing_after_wait_for_pickup_and_the_call_goes_on()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await emulator.ScriptPhoneAsync("0003*024", "noAnswer");
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"BargeIn","sendCallTo":"0003*024","waitForPickup":"20","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(20);

        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Legs[^1].State.Should().Be(LegState.NoAnswer);
        call.Phase.Should().Be(CallPhase.Connected);
    }

    [Theory]
    [InlineData("""{"action":"BargeIn","sendCallTo":"3334444","phoneCallViewId":"01"}""", "pc_sendcallto_invalid", "'3334444' is not an extension number; send a Phone Terminal extension of the organization")]
    [InlineData("""{"action":"Monitor","sendCallTo":"0004*210","phoneCallViewId":"01"}""", "pc_sendcallto_invalid", "0004*210 is not a Phone Terminal extension of organization 0003")]
    [InlineData("""{"action":"Whisper","sendCallTo":"0003*210","phoneCallViewId":"01"}""", "pc_sendcallto_invalid", "0003*210 is already in call {0}; add a phone that is not.")]
    [InlineData("""{"action":"Whisper","sendCallTo":"0003*024","private":2,"phoneCallViewId":"01"}""", "pc_private_invalid", "'2' is not 0 or 1")]
    [InlineData("""{"action":"Whisper","sendCallTo":"0003*024","private":"yes","phoneCallViewId":"01"}""", "pc_private_invalid", "'yes' is not 0 or 1")]
    [InlineData("""{"action":"BargeIn","sendCallTo":"0003*024"}""", "pc_phonecallview_invalid", "phoneCallViewId is missing; BargeIn acts from one view of call {0}: send the view of the extension in the path (01 (0003*210, status 5)).")]
    [InlineData("""{"action":"BargeIn","sendCallTo":"0003*024","phoneCallViewId":"01","waitForPickup":"0"}""", "pc_timeout_invalid", "'0' is not a whole number of seconds from 1 to 600")]
    [InlineData("""{"action":"BargeIn","sendCallTo":"0003*024","phoneCallViewId":"01","callerId":"Whisper"}""", "pc_callerid_invalid", "'Whisper' is not a caller id")]
    public async Task A_supervision_the_call_or_the_body_does_not_allow_is_refused_and_rings_nobody(string body, string code, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), body);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(detail.Replace("{0}", id, StringComparison.Ordinal));
        emulator.Network.FindLiveCall(new CallId(id))!.Legs.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_call_that_is_not_connected_yet_cannot_be_barged_in_on()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(3);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), """{"action":"BargeIn","sendCallTo":"0003*024","phoneCallViewId":"00"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain($"view 00 (0003*210): call {id} is not connected yet").And.Contain("once both sides talk");
    }

    private static async Task<List<JsonElement>> LegsAsync(EmulatorFactory emulator, string id)
    {
        using var control = new JsonClient(emulator.ControlClient());
        return [.. (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK).GetProperty("legs").EnumerateArray()];
    }

    /// <summary>View 00 of the call: the charged 0003*024's, which the supervisor 0003*024 now acts for; only the Organization app sees it.</summary>
    private static async Task<JsonElement> SupervisorViewAsync(HttpClient organization, string id) =>
        (await organization.ListAsync($"/uapi/phoneCalls/13/0003*024/{id}")).SingleEntry().GetProperty("phoneCallView")
            .EnumerateArray().Single(view => view.GetProperty("id").GetString() == "00");
}
