using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Events;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>The trigger's memory of which calls had their Dial-Out, read off a real call's events.</summary>
public sealed class CallEventTriggerTests
{
    [Fact]
    public async Task Dial_out_comes_once_per_call_until_the_trigger_forgets_calls_that_are_no_longer_live()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*024"]));
        emulator.AdvanceSeconds(3);
        var trigger = new CallEventTrigger(emulator.Network.Directory);
        NetworkEvent ringing = emulator.Network.Events.After(0).Last(e => e.Kind == NetworkEventKind.LegRinging && e.Phone == "0003*024");

        IEnumerable<PhoneCallEventType> DialOutsOf(NetworkEvent change) =>
            trigger.Of(change, (_, _) => true).Select(o => o.Type).Where(type => type == PhoneCallEventType.DialOut);

        DialOutsOf(ringing).Should().ContainSingle();
        DialOutsOf(ringing).Should().BeEmpty("210 had its Dial-Out on this call");
        trigger.ForgetAllBut(_ => true);
        DialOutsOf(ringing).Should().BeEmpty("the call is live: it is remembered");
        trigger.ForgetAllBut(_ => false);
        DialOutsOf(ringing).Should().ContainSingle("a call no longer live is forgotten");
    }
}
