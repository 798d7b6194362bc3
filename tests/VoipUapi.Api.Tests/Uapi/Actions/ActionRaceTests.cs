using System.Net;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>Two actions racing on one call through HTTP end as one order or the other: one is accepted, the other refused with the state the first left.</summary>
public sealed class ActionRaceTests
{
    [Fact]
    public async Task A_park_racing_a_transfer_of_the_same_call_lets_exactly_one_through()
    {
        for (int round = 0; round < 10; round++)
        {
            await using var emulator = new EmulatorFactory();
            using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
            string id = await ViewOneCallAsync(emulator);

            Task<HttpResponseMessage> park = user.PutJsonAsync(PathOf(id), """{"action":"Park","phoneCallViewId":"01"}""");
            Task<HttpResponseMessage> transfer = user.PutJsonAsync(PathOf(id), """{"action":"Transfer","sendCallTo":"0003*024","transferFromNumber":"0003*210"}""");
            using HttpResponseMessage parked = await park;
            using HttpResponseMessage transferred = await transfer;

            Call after = emulator.Network.FindLiveCall(new CallId(id))!;
            if (parked.StatusCode == HttpStatusCode.Accepted)
            {
                after.Parking.Should().NotBeNull();
                after.Transfer.Should().BeNull();
                string refusal = await transferred.Content.ReadAsStringAsync();
                transferred.StatusCode.Should().Be(HttpStatusCode.BadRequest, refusal);
                UapiRequests.ShouldBeEnvelope(refusal, transferred.Content.Headers.ContentType);
                refusal.Should().ContainAny(["\"pc_transferfromnumber_invalid\"", "it is parked at position 1"], "the park came first, whether the transfer saw it on reading the call or in the engine");
            }
            else
            {
                transferred.StatusCode.Should().Be(HttpStatusCode.Accepted);
                after.Transfer.Should().NotBeNull();
                after.Parking.Should().BeNull();
                await parked.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid");
            }
        }
    }
}
