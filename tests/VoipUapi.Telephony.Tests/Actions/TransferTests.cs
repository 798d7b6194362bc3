using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Actions;

public sealed class TransferTests
{
    private static readonly PhoneAddress Desk = TestNetwork.Phone("0003*024");

    [Fact]
    public void A_blind_transfer_keeps_the_call_id_the_transferrer_leaves_and_the_target_takes_its_place()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Call ringing = world.Network.Transfer(new TransferOrder(call.Id, Agent, Desk)).Value!;
        ringing.Transfer.Should().Be(new CallTransfer(Agent, 1, 2));
        world.Network.IsEngaged("0003*210").Should().BeFalse();
        world.AdvanceTo(9);

        Call transferred = world.Current(call.Id);
        transferred.Phase.Should().Be(CallPhase.Connected);
        transferred.Transfer.Should().BeNull();
        transferred.LegSummary().Should().Equal("0003*210 Source Transferred", "5353535 Destination Answered", "0003*024 Source Answered");
        world.Timeline(call.Id).Skip(6).Should().Equal(
            "6s LegEnded 0003*210 Transferred", "6s LegRinging 0003*024", "6s CallTransferred 0003*210 5353535 to 0003*024", "9s LegAnswered 0003*024");
    }

    [Fact]
    public void A_transfer_nobody_answers_ends_the_call_and_one_to_a_public_number_needs_allow_public_transfer()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.NeverAnswers).Build();
        Call call = Connect(world);

        Outcome<Call, NetworkError> toPublic = world.Network.Transfer(new TransferOrder(call.Id, Agent, TestNetwork.Phone("3334444")));
        world.Network.Transfer(new TransferOrder(call.Id, Agent, Desk, WaitForPickup: Seconds(10)));
        world.AdvanceTo(16);

        toPublic.Error!.Code.Should().Be(NetworkErrorCode.PublicTransferNotAllowed);
        Call ended = world.Current(call.Id);
        ended.Phase.Should().Be(CallPhase.Ended);
        ended.LegSummary().Should().Equal("0003*210 Source Transferred", "5353535 Destination HungUp", "0003*024 Source NoAnswer");

        using TestNetwork allowed = new NetworkBuilder().Build();
        Call open = Connect(allowed, allowPublicTransfer: true);
        allowed.Network.Transfer(new TransferOrder(open.Id, Agent, TestNetwork.Phone("3334444"))).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void The_party_to_transfer_must_be_on_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Outcome<Call, NetworkError> refused = world.Network.Transfer(new TransferOrder(call.Id, Agent, Desk, Transferred: TestNetwork.Phone("5550000")));

        refused.Error!.Message.Should().Be($"5550000 does not talk on call {call.Id} besides 0003*210; the party to transfer is one of 5353535.");
        world.Current(call.Id).Legs.Should().HaveCount(2);
    }

    [Fact]
    public void A_party_sent_to_voicemail_leaves_a_message_until_it_hangs_up_and_the_call_keeps_its_length()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        world.Network.TransferToVoicemail(new VoicemailOrder(call.Id, Customer, new ExtensionNumber("0003", "210"), From: Agent)).Succeeded.Should().BeTrue();
        world.Network.IsEngaged("0003*210").Should().BeFalse();
        world.AdvanceTo(18);
        Call ended = world.Network.HangUp(call.Id, "5353535").Value!;

        ended.Phase.Should().Be(CallPhase.Ended);
        ended.Voicemail.Should().Be(new VoicemailMessage(new ExtensionNumber("0003", "210"), Customer, At(6), At(18)));
        ended.Voicemail!.Length.Should().Be(Seconds(12));
        world.Timeline(call.Id).Should().Contain(["6s VoicemailStarted 5353535 0003*210", "18s VoicemailEnded 5353535 0003*210 12s"]);
    }

    [Fact]
    public void A_voicemail_message_ends_at_the_longest_length()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(o => o.MaxVoicemailSeconds = 60).Build();
        Call call = Connect(world);
        world.Network.TransferToVoicemail(new VoicemailOrder(call.Id, Customer, new ExtensionNumber("0003", "210")));

        world.AdvanceTo(100);

        world.Current(call.Id).Voicemail!.Length.Should().Be(Seconds(60));
    }
}
