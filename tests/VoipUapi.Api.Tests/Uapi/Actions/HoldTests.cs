using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>OnHold and OffHold through HTTP: the views, the phone's line, the timeline and the event stream; and the refusals.</summary>
public sealed class HoldTests
{
    [Fact]
    public async Task On_hold_shows_on_every_view_with_holder_on_the_holders_and_holds_the_line_until_off_hold()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using var control = new JsonClient(emulator.ControlClient());
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"OnHold","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(2);

        JsonElement holder = await user.ViewAsync(id, "01");
        holder.GetProperty("onHold").GetString().Should().Be("2026-01-01T10:00:06Z");
        holder.GetProperty("holder").GetString().Should().Be("1");
        holder.GetProperty("status").GetString().Should().Be("5", "the holder is still on the call");
        JsonElement charged = (await organization.ListAsync($"/uapi/phoneCalls/13/0003*024/{id}")).SingleEntry().GetProperty("phoneCallView")[0];
        charged.GetProperty("id").GetString().Should().Be("00");
        charged.GetProperty("onHold").GetString().Should().Be("2026-01-01T10:00:06Z");
        charged.TryGetProperty("holder", out _).Should().BeFalse("only the view of the party that held it says holder");
        JsonElement phone = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);
        phone.GetProperty("lines").EnumerateArray().Single().GetProperty("state").GetString().Should().Be("held");
        (await control.GetAsync("/emulator/phones/3334444")).Json.GetProperty("lines")[0].GetProperty("state").GetString().Should().Be("active");

        await user.ActAsync(id, """{"action":"OffHold","phoneCallViewId":"01"}""");

        JsonElement retrieved = await user.ViewAsync(id, "01");
        retrieved.TryGetProperty("onHold", out _).Should().BeFalse();
        retrieved.TryGetProperty("holder", out _).Should().BeFalse();
        (await TimelineAsync(emulator, id)).Should().ContainInOrder("callHeld 0003*210", "callRetrieved 0003*210");
        (await StreamedKindsAsync(emulator, id)).Should().ContainInOrder("callConnected", "callHeld", "callRetrieved");
    }

    [Fact]
    public async Task Off_hold_of_a_call_not_on_hold_is_refused_naming_its_state_and_what_would_be_valid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), """{"action":"OffHold","phoneCallViewId":"01"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid")).Should().Be(
            $"Value supplied in phoneCallViewId is missing or invalid: view 01 (0003*210): call {id} is not on hold: 3334444, 0003*210 talk on it; "
            + "only a call put on hold (OnHold) can be taken off hold.");
    }

    [Fact]
    public async Task A_call_on_hold_cannot_be_held_again_and_nothing_changes()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        await user.ActAsync(id, """{"action":"OnHold","phoneCallViewId":"01"}""");

        using HttpResponseMessage again = await user.PutJsonAsync(PathOf(id), """{"action":"OnHold","phoneCallViewId":"01"}""");

        (await again.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain($"call {id} is already on hold, by 0003*210 since 2026-01-01T10:00:06").And.Contain("take it off hold first");
        (await user.ViewAsync(id, "01")).GetProperty("onHold").GetString().Should().Be("2026-01-01T10:00:06Z");
    }

    [Fact]
    public async Task A_view_that_still_rings_cannot_put_the_call_on_hold()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["3334444"], ["0003*210"], extension: "0003*024"), "/uapi/phoneCalls/13/simple");
        emulator.AdvanceSeconds(3);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), """{"action":"OnHold","phoneCallViewId":"01"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith("view 01 (0003*210) is ringing (status 3); OnHold needs a view on the call (status 5).");
        emulator.Network.LiveCalls.Single().Hold.Should().BeNull();
    }

    [Fact]
    public async Task The_charged_extension_that_is_no_party_cannot_hold_the_call()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await organization.PutJsonAsync($"/uapi/phoneCalls/13/0003*024/{id}", """{"action":"OnHold","phoneCallViewId":"00"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"0003*024 is charged for call {id} but is no party of it (view 00 (0003*024)); OnHold acts from the view of an extension that talks on the call.");
    }

    [Fact]
    public async Task Without_a_call_id_on_hold_holds_every_call_of_the_extension_it_fits_and_lists_them()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string first = await LocalCallAsync(emulator, user);
        string second = await ViewOneCallAsync(emulator);
        string ringing = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));

        using HttpResponseMessage response = await user.PutJsonAsync("/uapi/phoneCalls/@me/0003*210", """{"action":"OnHold"}""");

        JsonElement answer = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, answer.ToString());
        answer.EnumerateArray().Select(call => call.GetProperty("id").GetString()).Should().Equal(first, second);
        answer[0].GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/0003*210/{first}");
        (await user.ViewAsync(first, "00")).GetProperty("holder").GetString().Should().Be("1");
        (await user.ViewAsync(second, "01")).GetProperty("holder").GetString().Should().Be("1");
        (await user.ViewAsync(ringing, "00")).TryGetProperty("onHold", out _).Should().BeFalse("a call still ringing its source is left as it is");
    }

    [Fact]
    public async Task Without_a_call_id_an_extension_with_no_call_answers_204_and_one_whose_calls_all_refuse_gives_the_first_reason()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage none = await user.PutJsonAsync("/uapi/phoneCalls/@me/210", """{"action":"OffHold"}""");
        string id = await LocalCallAsync(emulator, user);
        using HttpResponseMessage refused = await user.PutJsonAsync("/uapi/phoneCalls/@me/210", """{"action":"OffHold"}""");

        none.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid")).Should().Contain($"call {id} is not on hold");
    }
}
