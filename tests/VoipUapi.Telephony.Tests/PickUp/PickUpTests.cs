using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.PickUp;

/// <summary>A call ringing on 0003*210 (a caller of the public network, 210 never answers) picked up to 0003*024.</summary>
public sealed class PickUpTests
{
    private static readonly PhoneAddress Ringing = TestNetwork.Phone("0003*210");
    private static readonly PhoneAddress Taker = TestNetwork.Phone("0003*024");
    private static readonly CallerId Shown = new("John Doe", "42420042");

    [Fact]
    public void Picked_up_call_stops_ringing_there_rings_the_other_phone_and_connects_when_it_answers()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
        Call placed = CallFromThePublicNetwork(world);
        world.AdvanceTo(2);

        Outcome<Call, NetworkError> picked = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker, Shown, Seconds(20)));

        picked.Succeeded.Should().BeTrue();
        picked.Value!.LegSummary().Should().Equal("3334444 Source Answered", "0003*210 Destination PickedUp", "0003*024 Destination Ringing");
        picked.Value!.Leg("0003*210").PickedUpBy.Should().Be(2);
        picked.Value!.Leg("0003*024").ShownCallerId.Should().Be(Shown);
        world.Network.IsEngaged("0003*210").Should().BeFalse();
        world.Network.IsEngaged("0003*024").Should().BeTrue();

        world.AdvanceTo(5);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected);
        call.Answered.Should().Be(At(5));
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*210",
            "0s LegAnswered 3334444",
            "0s LegRinging 0003*210",
            "2s LegEnded 0003*210 PickedUp",
            "2s CallPickedUp 0003*210 0003*024",
            "2s LegRinging 0003*024",
            "5s LegAnswered 0003*024",
            "5s CallConnected");
    }

    [Fact]
    public void The_picked_up_extension_keeps_its_view_which_follows_the_phone_that_took_the_call()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
        Call placed = CallFromThePublicNetwork(world);
        world.AdvanceTo(2);
        world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker, Shown));

        IReadOnlyList<Perspective> ringingThere = Perspectives.Of(world.Current(placed.Id));
        world.AdvanceTo(5);
        IReadOnlyList<Perspective> answered = Perspectives.Of(world.Current(placed.Id));

        ringingThere.Select(p => (p.Extension.ToString(), p.State, p.RingingSince)).Should().Equal(
            ("0003*210", PartyState.Ringing, At(2)),
            ("0003*024", PartyState.Ringing, At(2)));
        answered.Select(p => (p.Extension.ToString(), p.State, p.Answered, p.CallerId)).Should().Equal(
            ("0003*210", PartyState.Talking, At(5), new CallerId("Caller", "3334444")),
            ("0003*024", PartyState.Talking, At(5), Shown));
        answered[0].Acting.Should().Be(answered[1].Own, "0003*210's perspective follows 0003*024, which took the call over");
    }

    [Fact]
    public void A_pick_up_nobody_answers_cancels_the_call_after_its_wait_for_pickup()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("0003*210", Behaves.NeverAnswers)
            .WithPhone("0003*024", Behaves.NeverAnswers)
            .Build();
        Call placed = CallFromThePublicNetwork(world, waitForPickup: Seconds(10));
        world.AdvanceTo(8);
        world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker, WaitForPickup: Seconds(20)));

        world.AdvanceTo(27.9);
        world.Current(placed.Id).IsLive.Should().BeTrue("the call's own ringing timeout (10 s) no longer counts once picked up");
        world.AdvanceTo(28);

        Call ended = world.Current(placed.Id);
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(At(28));
        ended.LegSummary().Should().Equal("3334444 Source HungUp", "0003*210 Destination PickedUp", "0003*024 Destination NoAnswer");
        world.Network.IsEngaged("0003*024").Should().BeFalse();
        world.Network.IsEngaged("3334444").Should().BeFalse();
    }

    [Fact]
    public void A_pick_up_to_a_busy_phone_cancels_the_call_at_once()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("0003*210", Behaves.NeverAnswers)
            .WithPhone("0003*024", Behaves.Busy)
            .Build();
        Call placed = CallFromThePublicNetwork(world);

        Outcome<Call, NetworkError> picked = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker));

        picked.Value!.IsLive.Should().BeFalse();
        picked.Value.Disposition.Should().Be(CallDisposition.Busy);
        picked.Value.LegSummary().Should().Equal("3334444 Source HungUp", "0003*210 Destination PickedUp", "0003*024 Destination Busy");
    }

    [Fact]
    public void A_pick_up_without_wait_for_pickup_rings_for_the_configured_default()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("0003*210", Behaves.NeverAnswers)
            .WithPhone("0003*024", Behaves.NeverAnswers)
            .WithOptions(o => o.DefaultWaitForPickupSeconds = 40)
            .Build();
        Call placed = CallFromThePublicNetwork(world);
        world.AdvanceTo(1);
        world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker));

        world.AdvanceTo(41);

        world.Current(placed.Id).Ended.Should().Be(At(41));
    }

    [Fact]
    public void A_call_that_does_not_ring_on_the_phone_cannot_be_picked_up_and_the_refusal_says_what_it_does_there()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = CallFromThePublicNetwork(world);
        world.AdvanceTo(4);

        Outcome<Call, NetworkError> answered = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker));
        Outcome<Call, NetworkError> neverRang = world.Network.PickUp(new PickUpOrder(placed.Id, TestNetwork.Phone("0003*024"), TestNetwork.Phone("0004*210")));

        answered.Error!.Code.Should().Be(NetworkErrorCode.CallNotRinging);
        answered.Error.Message.Should().Be(
            $"call {placed.Id} does not ring on 0003*210: it is answered there and on the call. Only a call that rings on the extension can be picked up.");
        neverRang.Error!.Message.Should().Be(
            $"call {placed.Id} does not ring on 0003*024: it never rang there. Only a call that rings on the extension can be picked up.");
        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void A_call_already_picked_up_cannot_be_picked_up_again_from_the_same_phone()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
        Call placed = CallFromThePublicNetwork(world);
        world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker));

        Outcome<Call, NetworkError> again = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, TestNetwork.Phone("0004*210")));

        again.Error!.Code.Should().Be(NetworkErrorCode.CallNotRinging);
        again.Error.Message.Should().Contain("it was picked up from there already");
    }

    [Fact]
    public void The_phone_that_rings_and_the_parties_of_the_call_cannot_take_it()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
        Call placed = CallFromThePublicNetwork(world);

        Outcome<Call, NetworkError> itself = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Ringing));
        Outcome<Call, NetworkError> caller = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, TestNetwork.Phone("3334444")));

        itself.Error!.Code.Should().Be(NetworkErrorCode.PickUpTargetInvalid);
        itself.Error.Message.Should().Be("0003*210 is the phone the call rings on; send it to another one.");
        caller.Error!.Message.Should().Be($"3334444 is already in call {placed.Id}; send it to a phone that is not.");
        world.Current(placed.Id).Leg("0003*210").State.Should().Be(LegState.Ringing);
    }

    [Fact]
    public void An_ended_or_unknown_call_cannot_be_picked_up()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).Build();
        Call placed = CallFromThePublicNetwork(world);
        world.Network.HangUp(placed.Id);

        Outcome<Call, NetworkError> ended = world.Network.PickUp(new PickUpOrder(placed.Id, Ringing, Taker));

        ended.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        ended.Error.Message.Should().Be($"there is no live call {placed.Id}; it may have ended.");
    }

    [Fact]
    public void A_ringing_conference_invite_picked_up_brings_the_phone_that_took_it_into_the_conference()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call invite = world.Invite(["5350001"], number: "3", pin: "2233");
        world.AdvanceTo(1);

        world.Network.PickUp(new PickUpOrder(invite.Id, TestNetwork.Phone("5350001"), Taker)).Succeeded.Should().BeTrue();
        world.AdvanceTo(4);

        world.Room().Should().Equal("0003*024 Talker");
    }

    private static Call CallFromThePublicNetwork(TestNetwork world, TimeSpan? waitForPickup = null)
    {
        TelephonyNetwork network = world.Network;
        Outcome<Call, NetworkError> placed = network.PlaceInboundCall(new InboundCallOrder(
            "3334444",
            network.Directory.FindExtension(new ExtensionNumber("0003", "210"))!,
            network.Directory.FindOrganization(3)!,
            new CallerId("Caller", "3334444"),
            waitForPickup));
        return placed.Value!;
    }
}
