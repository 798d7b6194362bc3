using System.Net;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>Who may act on which view of which call: the path's extension only, never another organization's app; and bodies of the wrong shape.</summary>
public sealed class ActionRightsTests
{
    private const string EveryAction = """{"action":"{0}","sendCallTo":"0004*210","transferFromNumber":"3334444","transferNumber":"0003*210","phoneCallViewId":"01"}""";

    [Theory]
    [InlineData("OnHold")]
    [InlineData("Park")]
    [InlineData("StartRecording")]
    [InlineData("BargeIn")]
    [InlineData("Transfer")]
    [InlineData("TransferToVoicemail")]
    public async Task A_view_of_another_extension_than_the_paths_is_pc_phonecallview_invalid(string action)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await organization.PutJsonAsync($"/uapi/phoneCalls/12/0003*210/{id}",
            $$"""{"action":"{{action}}","sendCallTo":"0003*024","transferFromNumber":"3334444","transferNumber":"0003*210","phoneCallViewId":"00"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain("view 00 is the view of 0003*024, not of 0003*210; send the view of the extension in the path: 00 (0003*024, status 5), 01 (0003*210, status 5).");
        Unchanged(emulator, id);
    }

    [Theory]
    [InlineData("OnHold", "/uapi/phoneCalls/@me/@self/{0}", "pc_phonecall_invalid")]
    [InlineData("Park", "/uapi/phoneCalls/@me/0004*210/{0}", "pc_phonecall_invalid")]
    [InlineData("StartRecording", "/uapi/phoneCalls/@me/0003*210/{0}", "extension_invalid")]
    [InlineData("BargeIn", "/uapi/phoneCalls/12/0003*210/{0}", "user_invalid")]
    [InlineData("Transfer", "/uapi/phoneCalls/@me/210/{0}", "pc_phonecall_invalid")]
    [InlineData("TransferToVoicemail", "/uapi/phoneCalls/@owner/0003*210/{0}", "extension_invalid")]
    public async Task Another_organizations_app_never_acts_on_a_call(string action, string path, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user20.PutJsonAsync(path.Replace("{0}", id, StringComparison.Ordinal), EveryAction.Replace("{0}", action, StringComparison.Ordinal));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        Unchanged(emulator, id);
    }

    [Fact]
    public async Task Another_organizations_app_acting_on_every_call_of_its_own_extensions_touches_none_of_organization_3()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage hold = await user20.PutJsonAsync("/uapi/phoneCalls/@me/@self", """{"action":"OnHold"}""");
        using HttpResponseMessage record = await user20.PutJsonAsync("/uapi/phoneCalls/20/0004*210", """{"action":"StartRecording"}""");

        hold.StatusCode.Should().Be(HttpStatusCode.NoContent);
        record.StatusCode.Should().Be(HttpStatusCode.NoContent);
        Unchanged(emulator, id);
    }

    [Fact]
    public async Task A_user_app_does_not_reach_a_call_of_another_user_of_its_organization()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string janes = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["0003*024"], ["5353535"], extension: "024"), "/uapi/phoneCalls/13/simple");
        emulator.AdvanceSeconds(6);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage byId = await user.PutJsonAsync($"/uapi/phoneCalls/@me/@self/{janes}", """{"action":"OnHold","phoneCallViewId":"00"}""");
        using HttpResponseMessage byExtension = await user.PutJsonAsync($"/uapi/phoneCalls/@me/024/{janes}", """{"action":"OnHold","phoneCallViewId":"00"}""");

        await byId.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        await byExtension.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        emulator.Network.FindLiveCall(new CallId(janes))!.Hold.Should().BeNull();
    }

    [Fact]
    public async Task A_user_who_may_not_set_caller_ids_rings_a_supervisor_only_without_one()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await LocalCallAsync(emulator, user);

        using HttpResponseMessage response = await organization.PutJsonAsync($"/uapi/phoneCalls/13/0003*024/{id}",
            """{"action":"Whisper","sendCallTo":"0003*210","callerId":"Jane Roe <4242424>","phoneCallViewId":"01"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid"))
            .Should().StartWith("You are not allowed to set the callerid field: user 13 may not choose caller ids");
    }

    [Fact]
    public async Task The_administrator_app_acts_with_extended_numbers_for_any_user()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);
        string id = await ViewOneCallAsync(emulator);

        await administrator.ActAsync(id, """{"action":"OnHold","phoneCallViewId":"01"}""", $"/uapi/phoneCalls/12/0003*210/{id}");
        using HttpResponseMessage shortNumber = await administrator.PutJsonAsync($"/uapi/phoneCalls/12/0003*210/{id}", """{"action":"BargeIn","sendCallTo":"024","phoneCallViewId":"01"}""");

        emulator.Network.FindLiveCall(new CallId(id))!.Hold.Should().NotBeNull();
        (await shortNumber.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_sendcallto_invalid")).Should().Contain("short number '024' needs an app of a User or Organization account");
    }

    [Theory]
    [InlineData("""{"action":"Park","maxInParking":{"seconds":30},"phoneCallViewId":"01"}""", "pc_maxinparking_invalid")]
    [InlineData("""{"action":["OnHold"],"phoneCallViewId":"01"}""", "pc_action_invalid")]
    [InlineData("""{"action":"StartRecording","format":["wav"],"phoneCallViewId":"01"}""", "pc_format_invalid")]
    [InlineData("""{"action":"Whisper","sendCallTo":"0003*024","private":true,"phoneCallViewId":"01"}""", "pc_private_invalid")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":{},"phoneCallViewId":"01"}""", "pc_transferfromnumber_invalid")]
    [InlineData("""{"action":"TransferToVoicemail","transferNumber":[3334444]}""", "pc_transfernumber_invalid")]
    [InlineData("""{"action":"OnHold","phoneCallViewId":{"id":"01"}}""", "pc_phonecallview_invalid")]
    [InlineData("""{"action":"OnHold","phoneCallViewId":" "}""", "pc_phonecallview_invalid")]
    [InlineData("""{"action":"OnHold" "phoneCallViewId":"01"}""", "request_invalid")]
    [InlineData("null", "request_invalid")]
    public async Task A_body_of_the_wrong_shape_is_the_fields_error_and_changes_nothing(string body, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), body);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        Unchanged(emulator, id);
    }

    private static void Unchanged(EmulatorFactory emulator, string id)
    {
        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Should().Match<Call>(c => c.Hold == null && c.Parking == null && c.Transfer == null && c.Voicemail == null && c.Recordings.IsEmpty);
        call.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 Answered", "0003*210 Answered");
    }
}
