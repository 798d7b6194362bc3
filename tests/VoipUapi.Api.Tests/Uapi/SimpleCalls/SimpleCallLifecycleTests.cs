using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.SimpleCalls;

/// <summary>What a placed call does on the emulated clock, seen through HTTP and the network.</summary>
public sealed class SimpleCallLifecycleTests
{
    [Fact]
    public async Task Call_whose_source_never_answers_is_cancelled_after_waitForPickup()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5550001"], ["5353535"]), $"{UapiRequests.SimpleCallPath}?waitForPickup=25");

        (await client.ListAsync("/uapi/phoneCalls/@me/0003*210")).EntryIds().Should().Equal(id);
        emulator.AdvanceSeconds(24);
        (await client.ListAsync($"/uapi/phoneCalls/@me/0003*210/{id}")).EntryIds().Should().Equal(id);

        emulator.AdvanceSeconds(1);

        using HttpResponseMessage gone = await client.GetPathAsync($"/uapi/phoneCalls/@me/0003*210/{id}");
        (await gone.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid")).Should().Contain("phoneCallId").And.Contain(id);
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Id.Value.Should().Be(id);
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(25));
        ended.Legs.Single().State.Should().Be(LegState.NoAnswer);
        (await client.ListAsync("/uapi/phoneCalls/@me/0003*210")).GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Wait_for_pickup_defaults_to_25_seconds()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5550001"], ["5353535"]));

        emulator.AdvanceSeconds(24);
        emulator.Network.LiveCalls.Should().ContainSingle();
        emulator.AdvanceSeconds(1);

        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.Network.EndedCalls.Single().Disposition.Should().Be(CallDisposition.NoAnswer);
    }

    [Fact]
    public async Task Call_duration_ends_a_connected_call_that_many_seconds_after_it_connected()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]), $"{UapiRequests.SimpleCallPath}?callDuration=60");

        emulator.AdvanceSeconds(6);
        JsonElement connected = (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry();
        connected.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:06Z", "the source answers after 3 s, the destination 3 s later");
        connected.GetProperty("phoneCallView")[0].GetProperty("status").GetString().Should().Be("5");
        emulator.AdvanceSeconds(59);
        emulator.Network.LiveCalls.Should().ContainSingle(c => c.Id.Value == id, "59 s after connecting the call still lasts");

        emulator.AdvanceSeconds(1);

        emulator.Network.LiveCalls.Should().BeEmpty();
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Id.Value.Should().Be(id);
        ended.Disposition.Should().Be(CallDisposition.Answered);
        ended.Answered.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(6));
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(66));
        using HttpResponseMessage gone = await client.GetPathAsync($"/uapi/phoneCalls/@me/210/{id}");
        await gone.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
    }

    [Fact]
    public async Task Busy_destination_ends_the_call_as_busy()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5550002"]));

        emulator.AdvanceSeconds(3);

        emulator.Network.LiveCalls.Should().BeEmpty();
        Call ended = emulator.Network.EndedCalls.Single();
        ended.Id.Value.Should().Be(id);
        ended.Disposition.Should().Be(CallDisposition.Busy);
        ended.Legs.Select(leg => (leg.Phone.Value, leg.State)).Should().Equal(("0003*210", LegState.HungUp), ("5550002", LegState.Busy));
    }

    [Theory]
    [InlineData("5550003", CallDisposition.Failed)]
    [InlineData("5550004", CallDisposition.Failed)]
    [InlineData("5550001", CallDisposition.NoAnswer)]
    public async Task Destination_that_cannot_be_reached_ends_the_call_with_its_disposition(string destination, CallDisposition disposition)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], [destination]));

        emulator.AdvanceSeconds(3 + 25);

        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.Network.EndedCalls.Single().Disposition.Should().Be(disposition);
    }

    [Fact]
    public async Task A_phone_whose_four_lines_all_ring_is_busy_for_a_fifth_call()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        List<string> ringing = [];
        foreach (string destination in (string[])["5353531", "5353532", "5353533", "5353534"])
        {
            ringing.Add(await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], [destination])));
        }

        string fifth = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["3235742879"]));

        emulator.Network.LiveCalls.Select(c => c.Id.Value).Should().BeEquivalentTo(ringing);
        Call busy = emulator.Network.EndedCalls.Single();
        busy.Id.Value.Should().Be(fifth);
        busy.Disposition.Should().Be(CallDisposition.Busy);
    }

    [Fact]
    public async Task First_source_to_answer_wins_and_the_others_stop_ringing()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5550001", "5354353"], ["0003*00"]));

        emulator.AdvanceSeconds(3);

        JsonElement call = (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry();
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        JsonElement view = call.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("source").EnumerateArray().Select(s => s.GetString()).Should().Equal("5354353");
        view.GetProperty("status").GetString().Should().Be("5");
        emulator.Network.LiveCalls.Single().Legs.Select(leg => (leg.Phone.Value, leg.State))
            .Should().Equal(("5550001", LegState.Cancelled), ("5354353", LegState.Answered), ("0003*00", LegState.Answered));
    }
}
