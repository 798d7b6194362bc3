using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.HangUp;

/// <summary>DELETE /uapi/phoneCalls/{userId}/{extension}[/{phoneCallId}][?phoneNumber=]: hanging up calls or one party.</summary>
public sealed class HangUpPhoneCallsTests
{
    [Fact]
    public async Task Hang_up_by_id_ends_the_call_and_answers_its_id()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/0003*210/{id}");

        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the answer was {0}", body);
        JsonElement hungUp = body.EnumerateArray().Single();
        hungUp.PropertyNames().Should().Equal(["id", "extension"], "an ended call has no link: it has left the list a link would name");
        hungUp.GetProperty("id").GetString().Should().Be(id);
        hungUp.GetProperty("extension").GetString().Should().Be("0003*210");
        emulator.Network.LiveCalls.Should().BeEmpty();
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Id.Value.Should().Be(id);
        ended.Disposition.Should().Be(CallDisposition.Answered, "the call was connected when it was hung up");
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(6));
        using HttpResponseMessage gone = await client.GetPathAsync($"/uapi/phoneCalls/@me/0003*210/{id}");
        await gone.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
    }

    [Fact]
    public async Task Hanging_up_a_ringing_call_ends_it_unanswered_and_frees_its_phones()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));

        (await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        emulator.Network.EndedCalls.Single().Disposition.Should().Be(CallDisposition.NoAnswer);
        emulator.Network.IsEngaged("0003*210").Should().BeFalse();
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.Network.LiveCalls.Should().ContainSingle("the phone is free again, so the new call rings it");
    }

    [Fact]
    public async Task Hang_up_without_an_id_ends_every_call_of_the_extension_and_no_other()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string first = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        string second = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5302040"], ["3235742879"]));
        string janes = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["5300000"], ["5301111"], "024"), "/uapi/phoneCalls/13/simple");

        using HttpResponseMessage response = await client.DeletePathAsync("/uapi/phoneCalls/@me/0003*210");

        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the answer was {0}", body);
        body.EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().BeEquivalentTo([first, second]);
        emulator.Network.LiveCalls.Select(c => c.Id.Value).Should().Equal(janes);
        emulator.Network.EndedCalls.Select(c => c.Id.Value).Should().BeEquivalentTo([first, second]);
    }

    [Fact]
    public async Task Hang_up_of_self_ends_the_calls_of_every_extension_of_the_user_and_no_others()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string mine = await user.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        string janes = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["5302040"], ["3235742879"], "024"), "/uapi/phoneCalls/13/simple");

        using HttpResponseMessage response = await user.DeletePathAsync("/uapi/phoneCalls/@me/@self");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).EnumerateArray().Select(c => c.GetProperty("id").GetString()).Should().Equal(mine);
        emulator.Network.LiveCalls.Select(c => c.Id.Value).Should().Equal(janes);
    }

    [Fact]
    public async Task Phone_number_of_a_party_hangs_that_party_up_and_ends_a_connected_call()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/0003*210/{id}?phoneNumber=5353535");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).EnumerateArray().Single().GetProperty("id").GetString().Should().Be(id);
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Disposition.Should().Be(CallDisposition.Answered);
        ended.Legs.Single(leg => leg.Phone.Value == "5353535").State.Should().Be(LegState.HungUp);
    }

    [Fact]
    public async Task Phone_number_of_one_ringing_source_stops_only_that_one()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353", "5302040"], ["5353535"]));

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}?phoneNumber=5302040");

        JsonElement hungUp = (await response.ReadJsonAsync()).EnumerateArray().Single();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string link = hungUp.GetProperty("link").GetProperty("self").GetString()!;
        link.Should().Be($"http://localhost/uapi/phoneCalls/@me/0003*210/{id}", "the call goes on, so its link still names it");
        using HttpResponseMessage followed = await client.GetAsync(new Uri(link));
        followed.StatusCode.Should().Be(HttpStatusCode.OK, "the same app can follow the link");
        Call live = emulator.Network.LiveCalls.Single();
        live.Legs.Select(leg => (leg.Phone.Value, leg.State)).Should().Equal(("5354353", LegState.Ringing), ("5302040", LegState.Cancelled));
        JsonElement view = (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry().GetProperty("phoneCallView")[0];
        view.GetProperty("source").EnumerateArray().Select(s => s.GetString()).Should().Equal("5354353");
    }

    [Fact]
    public async Task Phone_number_given_as_a_short_number_names_the_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}?phoneNumber=210");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Phone_number_that_is_not_a_party_hangs_up_nothing()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/0003*210/{id}?phoneNumber=8887777");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
        emulator.Network.LiveCalls.Single().Phase.Should().Be(CallPhase.Connected);
        emulator.Network.EndedCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("555-0100")]
    public async Task Phone_number_that_is_not_a_number_is_pc_phonenumber_invalid(string phoneNumber)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}?phoneNumber={phoneNumber}");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonenumber_invalid")).Should().Contain("phoneNumber").And.Contain($"'{phoneNumber}'");
        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Theory]
    [InlineData("/uapi/phoneCalls/@me/210/{0}?phoneNumber=")]
    [InlineData("/uapi/phoneCalls/@me/210?phoneNumber=")]
    public async Task Empty_phone_number_is_refused_and_hangs_up_nothing(string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));
        emulator.AdvanceSeconds(6);

        using HttpResponseMessage response = await client.DeletePathAsync(path.Replace("{0}", id, StringComparison.Ordinal));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonenumber_invalid")).Should().Contain("phoneNumber");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Fact]
    public async Task Nothing_to_hang_up_is_204()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.DeletePathAsync("/uapi/phoneCalls/@me/0003*210");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Hang_up_of_an_unknown_id_is_pc_phonecall_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        using HttpResponseMessage response = await client.DeletePathAsync("/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain("c3e92a04ff422a7a0b9f");
        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task Hanging_up_an_ended_call_is_pc_phonecall_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        (await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        using HttpResponseMessage response = await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        emulator.Network.EndedCalls.Should().ContainSingle();
    }
}
