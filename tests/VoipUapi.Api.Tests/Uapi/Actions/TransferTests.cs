using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>Transfer and TransferToVoicemail through HTTP: who leaves, who rings, allowPublicTransfer, the voicemail's length, and the refusals.</summary>
public sealed class TransferTests
{
    private const string VendorTransfer = """{"action":"Transfer","sendCallTo":"3334444","transferFromNumber":"0003*024","transferNumber":"0003*210"}""";

    [Fact]
    public async Task The_vendors_transfer_to_a_public_number_puts_210_through_once_the_call_allows_public_transfer()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await LocalCallAsync(emulator, user, "?allowPublicTransfer=true");

        await user.ActAsync(id, VendorTransfer);
        bool freed = !emulator.Network.IsEngaged("0003*024");
        emulator.AdvanceSeconds(3);

        freed.Should().BeTrue("the transferring party leaves at once");
        JsonElement view = await user.ViewAsync(id, "00");
        view.GetProperty("status").GetString().Should().Be("5");
        view.GetProperty("destination").EnumerateArray().Select(d => d.GetString()).Should().Equal("3334444");
        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("0003*210 Answered", "0003*024 Transferred", "3334444 Answered");
        (await TimelineAsync(emulator, id)).Should().ContainInOrder("legEnded 0003*024", "legRinging 3334444", "callTransferred 0003*024", "legAnswered 3334444");
        (await StreamedKindsAsync(emulator, id)).Should().Contain("callTransferred");
    }

    [Fact]
    public async Task A_transfer_to_a_public_number_of_a_call_created_without_allow_public_transfer_is_refused()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await LocalCallAsync(emulator, user, "?allowPublicTransfer=false");

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), VendorTransfer);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_sendcallto_invalid")).Should().Be(
            $"Value supplied in sendCallTo is missing or invalid: call {id} was created without allowPublicTransfer=true, so it cannot be transferred to the public number 3334444; transfer it to an extension.");
        emulator.Network.FindLiveCall(new CallId(id))!.Legs.Should().OnlyContain(leg => leg.State == LegState.Answered);
    }

    [Fact]
    public async Task A_transfer_to_an_extension_needs_no_flag_and_leaves_the_one_other_party_when_transfer_number_is_left_out()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"Transfer","sendCallTo":"024","transferFromNumber":"210","callerId":"Front Desk <5550100>","waitForPickup":10}""");
        emulator.AdvanceSeconds(3);

        Call call = emulator.Network.FindLiveCall(new CallId(id))!;
        call.Legs.Select(leg => $"{leg.Phone.Value} {leg.State} {leg.ShownCallerId}").Should().Equal(
            "3334444 Answered Jane Roe <4242424>", "0003*210 Transferred Jane Roe <4242424>", "0003*024 Answered Front Desk <5550100>");
    }

    [Fact]
    public async Task A_transfer_nobody_answers_ends_the_call_after_wait_for_pickup()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await emulator.ScriptPhoneAsync("0003*024", "noAnswer");
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"0003*210","waitForPickup":"10"}""");
        emulator.AdvanceSeconds(10);

        Call ended = emulator.Network.FindCall(new CallId(id))!;
        ended.IsLive.Should().BeFalse();
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(16));
    }

    [Theory]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024"}""", "pc_transferfromnumber_invalid", "transferFromNumber is missing")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"5353535"}""", "pc_transferfromnumber_invalid", "5353535 does not talk on call {0}, so it is not the party that transfers the call; send one of 3334444, 0003*210.")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"abc"}""", "pc_transferfromnumber_invalid", "'abc' is not a phone number")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"210","transferNumber":"5353535"}""", "pc_transfernumber_invalid", "5353535 does not talk on call {0}, so it is not the party that is transferred")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"210","transferNumber":"210"}""", "pc_transfernumber_invalid", "0003*210 does not talk on call {0} besides 0003*210")]
    [InlineData("""{"action":"Transfer","transferFromNumber":"210"}""", "pc_sendcallto_invalid", "sendCallTo is missing; Transfer rings the phone it names")]
    [InlineData("""{"action":"Transfer","sendCallTo":"210","transferFromNumber":"3334444"}""", "pc_sendcallto_invalid", "0003*210 is already in call {0}; transfer it to a phone that is not.")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*999","transferFromNumber":"210"}""", "pc_sendcallto_invalid", "there is no extension 0003*999")]
    [InlineData("""{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"210","phoneCallViewId":"00"}""", "pc_phonecallview_invalid", "has no view '00' you may see")]
    [InlineData("""{"action":"TransferToVoicemail"}""", "pc_transfernumber_invalid", "transferNumber is missing")]
    [InlineData("""{"action":"TransferToVoicemail","transferNumber":"5353535"}""", "pc_transfernumber_invalid", "5353535 does not talk on call {0}, so it is not the party that goes to voicemail")]
    [InlineData("""{"action":"TransferToVoicemail","transferNumber":"3334444","transferFromNumber":"0003*024"}""", "pc_transferfromnumber_invalid", "0003*024 does not talk on call {0}")]
    [InlineData("""{"action":"TransferToVoicemail","transferNumber":"3334444","sendCallTo":"0003*211"}""", "pc_sendcallto_invalid", "0003*211 is not a Phone Terminal extension of organization 0003")]
    public async Task A_transfer_that_names_no_party_or_target_of_the_call_is_refused_with_the_fields_code(string body, string code, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), body);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(detail.Replace("{0}", id, StringComparison.Ordinal));
        emulator.Network.FindLiveCall(new CallId(id))!.Legs.Should().HaveCount(2).And.OnlyContain(leg => leg.State == LegState.Answered, "a refused transfer changes nothing");
    }

    [Fact]
    public async Task Transfer_to_voicemail_leaves_the_caller_in_the_views_voicemail_and_the_history_keeps_the_messages_length()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"TransferToVoicemail","transferNumber":"3334444","transferFromNumber":"0003*210"}""");
        bool freed = !emulator.Network.IsEngaged("0003*210");
        emulator.AdvanceSeconds(45);
        await emulator.HangUpPhoneAsync("3334444");

        freed.Should().BeTrue();
        Call ended = emulator.Network.FindCall(new CallId(id))!;
        ended.Voicemail.Should().Be(new VoicemailMessage(new("0003", "210"), Telephony.Numbers.PhoneAddress.ForPublic("3334444"), EmulatorFactory.DefaultStart.AddSeconds(6), EmulatorFactory.DefaultStart.AddSeconds(51)));
        ended.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 HungUp", "0003*210 Transferred");
        (await TimelineDetailsAsync(emulator, id, "voicemail")).Should().Equal("voicemailStarted 3334444 0003*210", "voicemailEnded 3334444 0003*210 45s");
        (await StreamedKindsAsync(emulator, id)).Should().ContainInOrder("voicemailStarted", "voicemailEnded", "callEnded");
    }

    [Fact]
    public async Task Transfer_to_voicemail_takes_the_box_send_call_to_names()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"TransferToVoicemail","transferNumber":"3334444","sendCallTo":"0003*024"}""");

        emulator.Network.FindLiveCall(new CallId(id))!.Voicemail!.Mailbox.ToString().Should().Be("0003*024");
    }

    [Theory]
    [InlineData("Transfer")]
    [InlineData("TransferToVoicemail")]
    [InlineData("PickUp")]
    [InlineData("BargeIn")]
    public async Task An_action_that_names_one_call_is_refused_without_a_call_id(string action)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync("/uapi/phoneCalls/@me/0003*210",
            $$"""{"action":"{{action}}","sendCallTo":"0003*024","transferFromNumber":"210","transferNumber":"3334444"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid"))
            .Should().Contain($"{action} acts on one call, and the path names none").And.Contain("only OnHold, OffHold, Park, StartRecording, StopRecording apply to every call");
        emulator.Network.LiveCalls.Single().Legs.Should().HaveCount(2);
    }
}
