using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Conferences;

/// <summary>Invites that leave the number or the PIN out: the invitee is asked for them and answers with DTMF ended by <c>#</c>.</summary>
public sealed class ConferenceDigitsTests
{
    private static readonly PhoneAddress Invitee = TestNetwork.Phone("5354353");

    [Fact]
    public void A_phone_that_knows_the_digits_sends_them_when_it_answers_and_joins()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("5354353", new PhoneBehaviour(PhoneBehaviourKind.Answer, Seconds(3), Digits: "3#2233#"))
            .Build();
        Call placed = world.Invite(["5354353"]);

        world.AdvanceTo(3);

        world.Room().Should().Equal("5354353 Talker");
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*211",
            "0s LegRinging 5354353",
            "3s LegAnswered 5354353",
            "3s CallConnected",
            "3s ConferencePrompted 5354353 number",
            "3s DigitsSent 5354353 3#2233#",
            "3s ConferencePrompted 5354353 pin",
            "3s ParticipantJoined 5354353 0003*211/3 talker tone music");
    }

    [Fact]
    public void Digits_sent_a_few_at_a_time_enter_the_number_then_the_pin()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"]);
        world.AdvanceTo(3);
        world.Current(placed.Id).Invite!.Step.Should().Be(InviteStep.EnteringNumber);

        world.AdvanceTo(4);
        world.Network.SendDigits(Invitee, "3").Succeeded.Should().BeTrue();
        world.AdvanceTo(5);
        world.Network.SendDigits(Invitee, "#");
        world.Current(placed.Id).Invite!.Step.Should().Be(InviteStep.EnteringPin);
        world.AdvanceTo(6);
        world.Network.SendDigits(Invitee, "99");
        world.Network.SendDigits(Invitee, "00#");

        world.Room().Should().Equal("5354353 Admin");
        world.Current(placed.Id).Invite.Should().Be(new ConferenceInvite(TestNetwork.ConferenceExtension, "3", null, InviteStep.Joined, ConferenceRole.Admin, 0, string.Empty, InviteeLeg: 0));
        world.Timeline(placed.Id).Skip(4).Should().Equal(
            "3s ConferencePrompted 5354353 number",
            "4s DigitsSent 5354353 3",
            "5s DigitsSent 5354353 #",
            "5s ConferencePrompted 5354353 pin",
            "6s DigitsSent 5354353 99",
            "6s DigitsSent 5354353 00#",
            "6s ParticipantJoined 5354353 0003*211/3 admin tone music");
    }

    [Fact]
    public void The_third_wrong_number_hangs_the_invitee_up()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"]);
        world.AdvanceTo(4);

        world.Network.SendDigits(Invitee, "4#5#");
        world.Current(placed.Id).IsLive.Should().BeTrue();
        world.AdvanceTo(5);
        world.Network.SendDigits(Invitee, "6#");

        Call ended = world.Current(placed.Id);
        ended.Disposition.Should().Be(CallDisposition.NotAllowed);
        ended.Ended.Should().Be(At(5));
        ended.Invite!.Step.Should().Be(InviteStep.Refused);
        world.Network.IsEngaged("5354353").Should().BeFalse();
        world.Network.Rooms.Should().BeEmpty();
        world.Timeline(placed.Id).Skip(4).Should().Equal(
            "3s ConferencePrompted 5354353 number",
            "4s DigitsSent 5354353 4#5#",
            "4s ConferenceRefused 5354353 wrong number '4' (1 of 3)",
            "4s ConferencePrompted 5354353 number",
            "4s ConferenceRefused 5354353 wrong number '5' (2 of 3)",
            "4s ConferencePrompted 5354353 number",
            "5s DigitsSent 5354353 6#",
            "5s ConferenceRefused 5354353 wrong number '6' (3 of 3)",
            "5s LegEnded 5354353 HungUp",
            "5s CallEnded NotAllowed");
    }

    [Fact]
    public void Wrong_pins_count_apart_from_wrong_numbers_and_a_right_pin_at_the_third_try_still_joins()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"]);
        world.AdvanceTo(3);

        world.Network.SendDigits(Invitee, "7#3#1#2#2233#");

        world.Room().Should().Equal("5354353 Talker");
        world.EventsOf(placed.Id).Where(e => e.Kind == NetworkEventKind.ConferenceRefused).Select(e => e.Detail).Should().Equal(
            "wrong number '7' (1 of 3)", "wrong PIN (1 of 3)", "wrong PIN (2 of 3)");
    }

    [Fact]
    public void An_invitee_that_enters_nothing_is_asked_again_every_prompt_timeout_and_hung_up_at_the_third()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"]);

        world.AdvanceTo(32.9);
        world.Current(placed.Id).IsLive.Should().BeTrue();
        world.AdvanceTo(33);

        world.Current(placed.Id).Ended.Should().Be(At(33));
        world.Timeline(placed.Id).Where(line => line.Contains("Conference", StringComparison.Ordinal)).Should().Equal(
            "3s ConferencePrompted 5354353 number",
            "13s ConferenceRefused 5354353 no entry (1 of 3)",
            "13s ConferencePrompted 5354353 number",
            "23s ConferenceRefused 5354353 no entry (2 of 3)",
            "23s ConferencePrompted 5354353 number",
            "33s ConferenceRefused 5354353 no entry (3 of 3)");
    }

    [Fact]
    public void An_entry_started_before_the_timeout_does_not_stop_it()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(o => o.ConferencePromptSeconds = 5).Build();
        Call placed = world.Invite(["5354353"]);
        world.AdvanceTo(4);
        world.Network.SendDigits(Invitee, "3");

        world.AdvanceTo(8);

        world.EventsOf(placed.Id).Where(e => e.Kind == NetworkEventKind.ConferenceRefused).Should().ContainSingle()
            .Which.Should().Match<NetworkEvent>(e => e.At == At(8) && e.Detail == "no entry (1 of 3)");
        world.Current(placed.Id).Invite!.Entry.Should().BeEmpty();
    }

    [Fact]
    public void With_the_number_given_only_the_pin_is_asked()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"], number: "3");
        world.AdvanceTo(3);

        world.Network.SendDigits(Invitee, "2233#");

        world.Room().Should().Equal("5354353 Talker");
        world.EventsOf(placed.Id).Where(e => e.Kind == NetworkEventKind.ConferencePrompted).Select(e => e.Detail).Should().Equal("pin");
    }

    [Fact]
    public void With_the_pin_given_only_the_number_is_asked()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"], pin: "2233");
        world.AdvanceTo(3);

        world.Network.SendDigits(Invitee, "3#");

        world.Room().Should().Equal("5354353 Talker");
        world.EventsOf(placed.Id).Where(e => e.Kind == NetworkEventKind.ConferencePrompted).Select(e => e.Detail).Should().Equal("number");
    }

    [Fact]
    public void Digits_after_joining_change_nothing()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"], number: "3", pin: "2233");
        world.AdvanceTo(3);

        world.Network.SendDigits(Invitee, "4#4#4#").Succeeded.Should().BeTrue();

        world.Current(placed.Id).IsLive.Should().BeTrue();
        world.Room().Should().Equal("5354353 Talker");
    }
}
