using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The control API's call views show hold, parking and recording as the UnifiedAPI views do.</summary>
public sealed class CallViewStateTests
{
    private static readonly PhoneAddress Agent = PhoneAddress.ForExtension(new ExtensionNumber("0003", "210"));

    [Fact]
    public async Task A_held_and_recorded_call_then_a_parked_one_show_it_in_the_view_of_the_extension()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "5353535");
        emulator.AdvanceSeconds(6);
        var call = new CallId(id);
        emulator.Network.Hold(call, Agent).Succeeded.Should().BeTrue();
        emulator.Network.StartRecording(call, new ExtensionNumber("0003", "210"), "wav").Succeeded.Should().BeTrue();

        JsonElement held = View(await control.GetAsync($"/emulator/calls/{id}"));
        emulator.Network.Park(call, Agent).Succeeded.Should().BeTrue();
        JsonElement parked = View(await control.GetAsync($"/emulator/calls/{id}"));

        held.GetProperty("holder").GetBoolean().Should().BeTrue();
        held.GetProperty("onHold").GetString().Should().Be(held.GetProperty("recording").GetString()).And.NotBeNull();
        parked.TryGetProperty("onHold", out _).Should().BeFalse("parking takes the call off hold");
        (parked.GetProperty("parkedPos").GetInt32(), parked.GetProperty("parkedBy").GetString()).Should().Be((1, "0003*210"));
        parked.GetProperty("parked").GetString().Should().NotBeNull();
    }

    private static JsonElement View(Answer answer) => answer.Expect(HttpStatusCode.OK).GetProperty("views")[0];
}
