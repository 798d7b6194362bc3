using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.PickUp;

/// <summary>Every row of seed 004's failure table, and the refusals the emulator adds (an unknown action, the state of the view); a refused pick-up changes nothing.</summary>
public sealed class PickUpFailureTableTests
{
    private const string RingingPath = "/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333";

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("twenty")]
    [InlineData("")]
    [InlineData("601")]
    public async Task Wait_for_pickup_that_is_not_a_positive_whole_number_is_pc_timeout_invalid(string waitForPickup)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(waitForPickup: waitForPickup));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_timeout_invalid")).Should().Contain("whole number of seconds from 1 to 600");
        StillRings(emulator);
    }

    [Fact]
    public async Task Wait_for_pickup_of_the_wrong_json_type_is_pc_timeout_invalid()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath,
            """{"action":"PickUp","sendCallTo":"0003*024","waitForPickup":{"seconds":20},"phoneCallViewId":"01"}""");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_timeout_invalid");
    }

    [Theory]
    [InlineData("John Doe 42420042", "is not a caller id")]
    [InlineData("<>", "is not a caller id")]
    public async Task Caller_id_that_is_not_name_and_number_is_pc_callerid_invalid(string callerId, string detail)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(callerId: callerId));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid")).Should().Contain(detail);
        StillRings(emulator);
    }

    [Fact]
    public async Task Caller_id_from_a_user_who_may_not_set_one_is_pc_callerid_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*024"]), "/uapi/phoneCalls/12/simple");

        using HttpResponseMessage response = await client.PutJsonAsync($"/uapi/phoneCalls/13/0003*024/{id}",
            UapiRequests.PickUp(sendCallTo: "0003*210", callerId: "Jane Roe <4242424>"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid"))
            .Should().StartWith("You are not allowed to set the callerid field: user 13 may not choose caller ids");
    }

    [Theory]
    [InlineData("/uapi/phoneCalls/@me/0003*210/00000000000000000000", "there is no live call '00000000000000000000' on 0003*210")]
    [InlineData("/uapi/phoneCalls/@me/0003*210/not-a-call", "there is no live call 'not-a-call' on 0003*210")]
    [InlineData("/uapi/phoneCalls/@me/@self/00000000000000000000", "there is no live call '00000000000000000000' on the extensions of user 12")]
    public async Task Unknown_call_is_pc_phonecall_invalid(string path, string detail)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(path, UapiRequests.PickUp());

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain(detail);
        StillRings(emulator);
    }

    [Fact]
    public async Task A_call_the_app_may_not_see_is_pc_phonecall_invalid()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await client.PutJsonAsync("/uapi/phoneCalls/@me/0004*210/b817d2618fe6f1804333",
            UapiRequests.PickUp(sendCallTo: "0004*210"));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        StillRings(emulator);
    }

    [Theory]
    [InlineData(null, "phoneCallViewId is missing")]
    [InlineData("x1", "'x1' is not a view id")]
    [InlineData("07", "call b817d2618fe6f1804333 has no view '07' you may see; its views are 01 (0003*210, status 3)")]
    [InlineData("00", "has no view '00' you may see")]
    public async Task View_that_is_not_a_view_of_the_call_is_pc_phonecallview_invalid(string? viewId, string detail)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(phoneCallViewId: viewId));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid")).Should().Contain(detail);
        StillRings(emulator);
    }

    [Fact]
    public async Task View_of_another_extension_than_the_path_names_is_pc_phonecallview_invalid()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await client.PutJsonAsync("/uapi/phoneCalls/12/0003*210/b817d2618fe6f1804333", UapiRequests.PickUp(phoneCallViewId: "00"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain("view 00 is the view of 0003*024, not of 0003*210");
    }

    [Fact]
    public async Task A_call_that_does_not_ring_on_the_view_cannot_be_picked_up_and_the_message_says_its_state()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync("/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804db1", UapiRequests.PickUp(phoneCallViewId: "00"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain("view 00 (0003*210) is on the call (status 5); only a view that rings (status 3) can be picked up");
        emulator.Network.FindLiveCall(new Telephony.Calls.CallId("b817d2618fe6f1804db1"))!.Phase.Should().Be(Telephony.Calls.CallPhase.Connected);
    }

    [Theory]
    [InlineData(null, "sendCallTo is missing")]
    [InlineData("5354353", "'5354353' is not an extension number")]
    [InlineData("0004*210", "0004*210 is not a Phone Terminal extension of organization 0003; send one, such as 0003*024")]
    [InlineData("211", "0003*211 is not a Phone Terminal extension of organization 0003")]
    [InlineData("0003*999", "there is no extension 0003*999")]
    [InlineData("0003*00", "0003*00 is not a Phone Terminal extension of organization 0003")]
    [InlineData("0003*210", "0003*210 is the phone the call rings on; send it to another one")]
    public async Task Send_call_to_that_is_not_another_phone_terminal_of_the_organization_is_pc_sendcallto_invalid(string? sendCallTo, string detail)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(sendCallTo: sendCallTo));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_sendcallto_invalid")).Should().Contain(detail);
        StillRings(emulator);
    }

    [Theory]
    [InlineData(null, "action is missing; send one of PickUp, OnHold, OffHold, Park, UnPark, Transfer, TransferToVoicemail, BargeIn, Whisper, Monitor, StartRecording, StopRecording.")]
    [InlineData("Dance", "'Dance' is not an action; send one of PickUp, OnHold")]
    [InlineData("Pick Up", "'Pick Up' is not an action")]
    [InlineData("", "'' is not an action")]
    [InlineData("1", "'1' is not an action")]
    public async Task An_action_that_is_not_a_vendor_action_is_pc_action_invalid(string? action, string detail)
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(action: action));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_action_invalid")).Should().Contain(detail);
        StillRings(emulator);
    }

    private static void StillRings(EmulatorFactory emulator) =>
        emulator.Network.FindLiveCall(new Telephony.Calls.CallId("b817d2618fe6f1804333"))!.Legs
            .Should().Contain(leg => leg.Phone.Value == "0003*210" && leg.State == Telephony.Calls.LegState.Ringing, "a refused pick-up changes nothing");
}
