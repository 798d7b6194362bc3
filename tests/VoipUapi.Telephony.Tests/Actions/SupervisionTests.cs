using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;

namespace VoipUapi.Telephony.Tests.Actions;

/// <summary>Barge-in, whisper and monitor: a third party with its own audio rights, which only a barge-in makes a party of the call.</summary>
public sealed class SupervisionTests
{
    private static readonly PhoneAddress Supervisor = TestNetwork.Phone("0003*024");

    [Theory]
    [InlineData(JoinMode.Full, true, true, null)]
    [InlineData(JoinMode.Whisper, true, false, 0)]
    [InlineData(JoinMode.PrivateWhisper, false, false, 0)]
    [InlineData(JoinMode.Monitor, true, false, null)]
    public void The_supervisor_joins_with_the_audio_rights_of_its_mode(JoinMode mode, bool hears, bool speaksToAll, int? speaksToLeg)
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        world.Network.AddParty(new AddPartyOrder(call.Id, Supervisor, TestNetwork.SourceCallerId, Mode: mode, SpeaksTo: Agent)).Succeeded.Should().BeTrue();
        world.AdvanceTo(9);

        CallLeg joined = world.Current(call.Id).Leg("0003*024");
        joined.State.Should().Be(LegState.Answered);
        joined.Audio.Should().Be(new PartyAudio(hears, speaksToAll, speaksToLeg));
        Perspectives.Of(world.Current(call.Id)).Select(p => p.Extension.ToString()).Should().Equal("0003*210", "0003*024");
    }

    [Fact]
    public void A_monitor_left_with_one_party_does_not_keep_the_call_up_but_a_barge_in_does()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call monitored = Connect(world);
        world.Network.AddParty(new AddPartyOrder(monitored.Id, Supervisor, TestNetwork.SourceCallerId, Mode: JoinMode.Monitor));
        world.AdvanceTo(9);

        world.Network.HangUp(monitored.Id, "5353535").Value!.Phase.Should().Be(CallPhase.Ended);

        using TestNetwork other = new NetworkBuilder().Build();
        Call barged = Connect(other);
        other.Network.AddParty(new AddPartyOrder(barged.Id, Supervisor, TestNetwork.SourceCallerId));
        other.AdvanceTo(9);
        other.Network.HangUp(barged.Id, "5353535").Value!.Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void A_whisper_names_a_party_that_talks_on_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Outcome<Call, NetworkError> refused = world.Network.AddParty(new AddPartyOrder(call.Id, Supervisor, TestNetwork.SourceCallerId, Mode: JoinMode.Whisper));

        refused.Error!.Message.Should().Be($"a whisper speaks to one party of call {call.Id}; name one that talks on it: 0003*210, 5353535.");
    }
}
