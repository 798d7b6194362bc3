using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>Park and UnPark through HTTP: the parked view, the freed line, the lot's time running out, and the refusals.</summary>
public sealed class ParkTests
{
    [Fact]
    public async Task A_parked_call_shows_parked_parked_pos_and_parked_by_frees_the_line_and_unpark_rings_the_taker()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"Park","maxInParking":"30","phoneCallViewId":"01"}""");

        JsonElement parked = await user.ViewAsync(id, "01");
        parked.GetProperty("parked").GetString().Should().Be("2026-01-01T10:00:06Z");
        parked.GetProperty("parkedPos").GetString().Should().Be("1");
        parked.GetProperty("parkedBy").GetString().Should().Be("0003*210");
        parked.GetProperty("status").GetString().Should().Be("5");
        (await control.GetAsync("/emulator/phones/0003*210")).Json.GetProperty("lines").GetArrayLength().Should().Be(0, "a parked call leaves its phone's line free");

        await user.ActAsync(id, """{"action":"UnPark","sendCallTo":"0003*024","callerId":"John Doe <42420042>","waitForPickup":"20","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(3);

        JsonElement taken = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);
        taken.GetProperty("legs").EnumerateArray().Select(leg => $"{leg.GetProperty("phone").GetString()} {leg.GetProperty("state").GetString()}")
            .Should().Equal("3334444 answered", "0003*210 parked", "0003*024 answered");
        taken.GetProperty("legs")[2].GetProperty("callerId").GetString().Should().Be("John Doe <42420042>");
        (await user.ViewAsync(id, "01")).TryGetProperty("parked", out _).Should().BeFalse();
        (await TimelineAsync(emulator, id)).Should().ContainInOrder("legEnded 0003*210", "callParked 0003*210", "legRinging 0003*024", "legAnswered 0003*024", "callUnparked 0003*024");
        (await StreamedKindsAsync(emulator, id)).Should().ContainInOrder("callParked", "callUnparked");
    }

    [Fact]
    public async Task When_max_in_parking_runs_out_the_parker_rings_again_and_answering_takes_the_call_back()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        await user.ActAsync(id, """{"action":"Park","maxInParking":30,"phoneCallViewId":1}""");

        emulator.AdvanceSeconds(29);
        Call stillParked = emulator.Network.FindLiveCall(new CallId(id))!;
        emulator.AdvanceSeconds(1 + 3);

        stillParked.Parking.Should().NotBeNull();
        Call back = emulator.Network.FindLiveCall(new CallId(id))!;
        back.Parking.Should().BeNull();
        back.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 Answered", "0003*210 Parked", "0003*210 Answered");
        (await user.ViewAsync(id, "01")).GetProperty("status").GetString().Should().Be("5");
    }

    [Fact]
    public async Task Without_max_in_parking_the_call_stays_180_seconds_in_the_lot()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        await user.ActAsync(id, """{"action":"Park","phoneCallViewId":"01"}""");

        emulator.AdvanceSeconds(179);
        emulator.Network.FindLiveCall(new CallId(id))!.Legs.Should().HaveCount(2);
        emulator.AdvanceSeconds(1);

        emulator.Network.FindLiveCall(new CallId(id))!.Legs[^1].Should().Match<CallLeg>(leg => leg.Phone.Value == "0003*210" && leg.State == LegState.Ringing);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("3601")]
    [InlineData("thirty")]
    [InlineData("")]
    [InlineData("30.5")]
    public async Task Max_in_parking_outside_the_vendors_range_is_pc_maxinparking_invalid(string maxInParking)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), $$"""{"action":"Park","maxInParking":"{{maxInParking}}","phoneCallViewId":"01"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_maxinparking_invalid"))
            .Should().Contain("is not a whole number of seconds from 10 to 3600").And.Contain("leave it out for 180");
        emulator.Network.FindLiveCall(new CallId(id))!.Parking.Should().BeNull();
    }

    [Fact]
    public async Task Unpark_of_a_call_that_is_not_parked_and_park_of_a_parked_one_are_refused_naming_the_state()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage unpark = await user.PutJsonAsync(PathOf(id), """{"action":"UnPark","sendCallTo":"0003*024","phoneCallViewId":"01"}""");
        await user.ActAsync(id, """{"action":"Park","phoneCallViewId":"01"}""");
        using HttpResponseMessage park = await user.PutJsonAsync(PathOf(id), """{"action":"Park","phoneCallViewId":"01"}""");
        using HttpResponseMessage hold = await user.PutJsonAsync(PathOf(id), """{"action":"OnHold","phoneCallViewId":"01"}""");

        (await unpark.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"view 01 (0003*210): call {id} is not parked; only a parked call (Park) can be unparked.");
        (await park.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"call {id} cannot take a park: it is parked at position 1 by 0003*210.");
        (await hold.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"call {id} cannot take a hold: it is parked at position 1 by 0003*210.");
    }

    [Theory]
    [InlineData(null, "sendCallTo is missing; UnPark rings the phone it names")]
    [InlineData("3334444", "'3334444' is not an extension number")]
    [InlineData("0003*211", "0003*211 is not a Phone Terminal extension of organization 0003")]
    [InlineData("3334444x", "is not an extension number")]
    public async Task Unpark_to_a_phone_that_is_not_a_phone_terminal_of_the_organization_is_pc_sendcallto_invalid(string? sendCallTo, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        await user.ActAsync(id, """{"action":"Park","phoneCallViewId":"01"}""");
        string body = sendCallTo is null ? """{"action":"UnPark","phoneCallViewId":"01"}""" : $$"""{"action":"UnPark","sendCallTo":"{{sendCallTo}}","phoneCallViewId":"01"}""";

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), body);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_sendcallto_invalid")).Should().Contain(detail);
        emulator.Network.FindLiveCall(new CallId(id))!.Legs.Should().HaveCount(2, "a refused unpark rings nobody");
    }

    [Fact]
    public async Task Unpark_to_a_party_still_on_the_call_is_pc_sendcallto_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await LocalCallAsync(emulator, user);
        await user.ActAsync(id, """{"action":"Park","phoneCallViewId":"00"}""");

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), """{"action":"UnPark","sendCallTo":"024","phoneCallViewId":"00"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_sendcallto_invalid")).Should().EndWith($"0003*024 is already in call {id}; send it to another phone.");
    }
}
