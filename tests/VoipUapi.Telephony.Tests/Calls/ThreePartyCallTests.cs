using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>A connected call goes on while two parties remain: a third party comes and goes without ending it.</summary>
public sealed class ThreePartyCallTests
{
    private static readonly CallerId Shown = new("John Doe", "4242425");

    [Fact]
    public void A_third_party_that_leaves_a_three_party_call_leaves_the_call_going_on()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = ThreePartyCall(world);
        world.Current(call.Id).ConnectedParties.Should().Be(3);

        Call after = world.Network.HangUp(call.Id, "0003*024").Value!;

        after.Phase.Should().Be(CallPhase.Connected);
        after.ConnectedParties.Should().Be(2);
        after.LegSummary().Should().Equal("5354353 Source Answered", "5353535 Destination Answered", "0003*024 Added HungUp");
        world.Network.IsEngaged("0003*024").Should().BeFalse();
        world.Timeline(call.Id).Skip(6).Should().Equal("6s LegRinging 0003*024", "9s LegAnswered 0003*024", "9s LegEnded 0003*024 HungUp");
    }

    [Fact]
    public void A_call_names_the_latest_leg_on_a_phone_and_none_for_a_phone_it_never_rang()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = ThreePartyCall(world);

        Call after = world.Network.HangUp(call.Id, "0003*024").Value!;

        after.LastLegOn("0003*024").Should().BeEquivalentTo(new { Role = LegRole.Added, State = LegState.HungUp });
        after.LastLegOn("5353535")!.Role.Should().Be(LegRole.Destination);
        after.LastLegOn("0003*210").Should().BeNull();
        after.LastLegOn(null).Should().BeNull();
    }

    [Fact]
    public void When_an_original_party_leaves_a_three_party_call_the_other_two_talk_on_and_the_next_to_leave_ends_it()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = ThreePartyCall(world);

        world.Network.HangUp(call.Id, "5354353").Value!.Phase.Should().Be(CallPhase.Connected);
        Call ended = world.Network.HangUp(call.Id, "5353535").Value!;

        ended.Phase.Should().Be(CallPhase.Ended);
        ended.Disposition.Should().Be(CallDisposition.Answered);
        ended.LegSummary().Should().Equal("5354353 Source HungUp", "5353535 Destination HungUp", "0003*024 Added HungUp");
    }

    [Fact]
    public void A_party_that_is_busy_or_does_not_answer_in_time_is_left_out_and_the_call_goes_on()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("5550002", Behaves.Busy).WithPhone("5550001", Behaves.NeverAnswers).Build();
        Call call = ConnectedCall(world);

        world.Network.AddParty(new AddPartyOrder(call.Id, TestNetwork.Phone("5550002"), Shown));
        world.Network.AddParty(new AddPartyOrder(call.Id, TestNetwork.Phone("5550001"), Shown, TestTime.Seconds(10)));
        world.AdvanceTo(16);

        Call after = world.Current(call.Id);
        after.Phase.Should().Be(CallPhase.Connected);
        after.LegSummary().Skip(2).Should().Equal("5550002 Added Busy", "5550001 Added NoAnswer");
    }

    [Fact]
    public void Only_a_connected_call_takes_a_party_and_never_one_already_on_it()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call ringing = world.Place(["5354353"], ["5353535"]);

        Outcome<Call, NetworkError> early = world.Network.AddParty(new AddPartyOrder(ringing.Id, TestNetwork.Phone("0003*024"), Shown));
        world.AdvanceTo(6);
        Outcome<Call, NetworkError> twice = world.Network.AddParty(new AddPartyOrder(ringing.Id, TestNetwork.Phone("5353535"), Shown));
        Outcome<Call, NetworkError> unknown = world.Network.AddParty(new AddPartyOrder(new CallId("0123456789abcdef0123"), TestNetwork.Phone("0003*024"), Shown));

        early.Error!.Code.Should().Be(NetworkErrorCode.CallNotConnected);
        twice.Error!.Code.Should().Be(NetworkErrorCode.PhoneAlreadyInCall);
        unknown.Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        world.Current(ringing.Id).Legs.Should().HaveCount(2, "refused commands change nothing");
    }

    /// <summary>5354353 calls 5353535; both answer after 3 s, so the call is connected at 6 s.</summary>
    private static Call ConnectedCall(TestNetwork world)
    {
        Call call = world.Place(["5354353"], ["5353535"]);
        world.AdvanceTo(6);
        world.Current(call.Id).Phase.Should().Be(CallPhase.Connected);
        return call;
    }

    /// <summary>The connected call, with 0003*024 added at 6 s and answering at 9 s.</summary>
    private static Call ThreePartyCall(TestNetwork world)
    {
        Call call = ConnectedCall(world);
        world.Network.AddParty(new AddPartyOrder(call.Id, TestNetwork.Phone("0003*024"), Shown)).Succeeded.Should().BeTrue();
        world.AdvanceTo(9);
        return call;
    }
}
