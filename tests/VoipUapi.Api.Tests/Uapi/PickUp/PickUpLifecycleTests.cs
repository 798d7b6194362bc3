using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Phones;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.PickUp;

/// <summary>Pick-ups through HTTP on the manual clock: answered, not answered, client variations, and a race with a hang-up.</summary>
public sealed class PickUpLifecycleTests
{
    private const string RingingPath = "/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333";
    private static readonly CallId Ringing = new("b817d2618fe6f1804333");

    [Fact]
    public async Task A_pick_up_nobody_answers_cancels_the_call_after_wait_for_pickup()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.Network.OverrideBehaviour(PhoneAddress("0003*024"), new PhoneBehaviour(PhoneBehaviourKind.NoAnswer, TimeSpan.Zero));

        using HttpResponseMessage picked = await client.PutJsonAsync(RingingPath, UapiRequests.PickUp(waitForPickup: "20"));
        emulator.AdvanceSeconds(19);
        JsonElement stillRinging = await client.ListAsync("/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333");
        emulator.AdvanceSeconds(1);

        picked.StatusCode.Should().Be(HttpStatusCode.Accepted);
        stillRinging.SingleEntry().GetProperty("phoneCallView")[0].GetProperty("status").GetString().Should().Be("3", "view 01 follows 0003*024, which rings");
        using HttpResponseMessage gone = await client.GetPathAsync("/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333");
        await gone.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        Call ended = emulator.Network.FindCall(Ringing)!;
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(20));
        emulator.Network.IsEngaged("3334444").Should().BeFalse("the caller is cancelled with the call");
        emulator.Network.IsEngaged("0003*024").Should().BeFalse();
    }

    [Fact]
    public async Task Numbers_as_json_numbers_the_other_spelling_of_wait_for_pickup_and_a_short_send_call_to_are_accepted()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.Network.OverrideBehaviour(PhoneAddress("0003*024"), new PhoneBehaviour(PhoneBehaviourKind.NoAnswer, TimeSpan.Zero));

        using HttpResponseMessage picked = await client.PutJsonAsync("/uapi/phoneCalls/@me/@self/b817d2618fe6f1804333/",
            """{"action":"pickup","sendCallTo":"024","waitForPickUp":7,"phoneCallViewId":1}""");
        emulator.AdvanceSeconds(7);

        picked.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await picked.ReadJsonAsync()).GetProperty("extension").GetString().Should().Be("@self");
        emulator.Network.FindCall(Ringing)!.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(7));
    }

    [Fact]
    public async Task Without_wait_for_pickup_the_phone_rings_for_25_seconds()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.Network.OverrideBehaviour(PhoneAddress("0003*024"), new PhoneBehaviour(PhoneBehaviourKind.NoAnswer, TimeSpan.Zero));

        await client.PutJsonAsync(RingingPath, UapiRequests.PickUp());
        emulator.AdvanceSeconds(25);

        emulator.Network.FindCall(Ringing)!.Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(25));
    }

    [Fact]
    public async Task A_call_the_api_placed_can_be_picked_up_from_the_destination_it_rings()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        emulator.Network.OverrideBehaviour(PhoneAddress("0003*210"), new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero));
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*00"], ["0003*210"], extension: "210"));

        using HttpResponseMessage picked = await client.PutJsonAsync($"/uapi/phoneCalls/@me/210/{id}", UapiRequests.PickUp(phoneCallViewId: "00"));
        emulator.AdvanceSeconds(3);

        picked.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await picked.ReadJsonAsync()).GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/210/{id}");
        JsonElement view = (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry().GetProperty("phoneCallView")[0];
        view.GetProperty("id").GetString().Should().Be("00");
        view.GetProperty("status").GetString().Should().Be("5");
        view.GetProperty("destination").EnumerateArray().Select(e => e.GetString()).Should().Equal("0003*024");
    }

    [Fact]
    public async Task A_pick_up_racing_a_hang_up_of_the_same_call_ends_as_one_or_the_other_with_nothing_left_ringing()
    {
        for (int round = 0; round < 20; round++)
        {
            await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
            using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

            Task<HttpResponseMessage> pickUp = client.PutJsonAsync(RingingPath, UapiRequests.PickUp());
            Task<HttpResponseMessage> hangUp = client.DeletePathAsync(RingingPath);
            using HttpResponseMessage picked = await pickUp;
            using HttpResponseMessage hungUp = await hangUp;

            Call ended = emulator.Network.FindCall(Ringing)!;
            ended.IsLive.Should().BeFalse();
            ended.Legs.Should().OnlyContain(leg => !leg.IsLive, "no leg is left ringing");
            emulator.Network.IsEngaged("0003*024").Should().BeFalse();
            hungUp.StatusCode.Should().Be(HttpStatusCode.OK, "the hang-up finds the call live, picked up or not");
            if (picked.StatusCode == HttpStatusCode.Accepted)
            {
                ended.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 HungUp", "0003*210 PickedUp", "0003*024 Cancelled");
            }
            else
            {
                await picked.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
                ended.Legs.Select(leg => $"{leg.Phone.Value} {leg.State}").Should().Equal("3334444 HungUp", "0003*210 Cancelled");
            }
        }
    }

    private static Telephony.Numbers.PhoneAddress PhoneAddress(string extension) =>
        Telephony.Numbers.PhoneAddress.ForExtension(Telephony.Numbers.ExtensionNumber.TryParse(extension, out var number) ? number : default);
}
