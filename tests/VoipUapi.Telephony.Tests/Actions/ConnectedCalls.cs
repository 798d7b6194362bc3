using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Actions;

/// <summary>The connected call the call-action tests start from: 0003*210 talks to 5353535 from 6 s on.</summary>
internal static class ConnectedCalls
{
    public static readonly PhoneAddress Agent = TestNetwork.Phone("0003*210");

    public static readonly PhoneAddress Customer = TestNetwork.Phone("5353535");

    /// <summary>0003*210 calls 5353535; both answer after 3 s, so the call is connected at 6 s.</summary>
    public static Call Connect(TestNetwork world, bool allowPublicTransfer = false)
    {
        Call call = world.Network.PlaceSimpleCall(world.Order(["0003*210"], ["5353535"]) with { AllowPublicTransfer = allowPublicTransfer }).Value!;
        world.AdvanceTo(6);
        world.Current(call.Id).Phase.Should().Be(CallPhase.Connected);
        return call;
    }
}
