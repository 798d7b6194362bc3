using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Conferences;

/// <summary>Invites that give the conference number and PIN: the destination rings, and joins the room when it answers.</summary>
public sealed class ConferenceInviteTests
{
    [Fact]
    public void Invite_with_number_and_pin_rings_the_destination_and_joins_it_with_the_role_of_the_pin_when_it_answers()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call placed = world.Invite(["5354353"], number: "3", pin: "2233");

        placed.Kind.Should().Be(CallKind.ConferenceInvite);
        placed.Extension.ToString().Should().Be("0003*211");
        placed.OwnerUserId.Should().Be(12);
        placed.Phase.Should().Be(CallPhase.RingingDestination);
        placed.LegSummary().Should().Equal("5354353 Destination Ringing");
        world.Room().Should().BeEmpty();

        world.AdvanceTo(3);

        Call call = world.Current(placed.Id);
        call.Phase.Should().Be(CallPhase.Connected);
        call.Answered.Should().Be(At(3));
        call.Invite!.Step.Should().Be(InviteStep.Joined);
        call.Invite.Role.Should().Be(ConferenceRole.Talker);
        world.Room().Should().Equal("5354353 Talker");
        world.Timeline(placed.Id).Should().Equal(
            "0s CallPublished 0003*211",
            "0s LegRinging 5354353",
            "3s LegAnswered 5354353",
            "3s CallConnected",
            "3s ParticipantJoined 5354353 0003*211/3 talker tone music");
    }

    [Fact]
    public void The_conference_extension_sees_the_invite_as_an_outgoing_call_with_the_caller_id_shown_to_the_destination()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5354353"], number: "3", pin: "2233");

        Perspective ringing = Perspectives.Of(placed).Single();
        world.AdvanceTo(3);
        Perspective joined = Perspectives.Of(world.Current(placed.Id)).Single();

        Perspectives.DirectionOf(placed).Should().Be(CallDirection.Outgoing);
        ringing.Should().BeEquivalentTo(new Perspective(TestNetwork.ConferenceExtension, null, null, PartyState.OtherSideRinging, At(0), null, TestNetwork.InviteCallerId));
        joined.State.Should().Be(PartyState.Talking);
        joined.Answered.Should().Be(At(3));
        placed.Legs.Single().ShownCallerId.Should().Be(TestNetwork.InviteCallerId);
    }

    [Fact]
    public void A_participant_alone_hears_music_until_a_second_one_joins()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("5302040", Behaves.AnswersAfter(8)).Build();
        world.Invite(["5354353"], number: "3", pin: "2233");
        world.Invite(["5302040"], number: "3", pin: "9900");

        world.AdvanceTo(3);
        ConferenceRoom alone = world.Network.FindRoom(new ConferenceKey(TestNetwork.ConferenceExtension, "3"))!;
        world.AdvanceTo(8);
        ConferenceRoom two = world.Network.FindRoom(alone.Key)!;

        alone.Opened.Should().Be(At(3));
        alone.HearsMusic(alone.Participants.Single()).Should().BeTrue();
        two.Participants.Select(p => (p.Phone.Value, p.Role, p.Joined)).Should().Equal(
            ("5354353", ConferenceRole.Talker, At(3)),
            ("5302040", ConferenceRole.Admin, At(8)));
        two.Participants.Should().OnlyContain(p => !two.HearsMusic(p));
    }

    [Fact]
    public void A_participant_that_hangs_up_leaves_the_room_and_the_last_one_closes_it()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Invite(["5354353"], number: "3", pin: "2233");
        Call second = world.Invite(["5302040"], number: "3", pin: "2233");
        world.AdvanceTo(10);

        world.Network.HangUpPhone(TestNetwork.Phone("5354353")).Succeeded.Should().BeTrue();

        world.Room().Should().Equal("5302040 Talker");
        world.Current(first.Id).Disposition.Should().Be(CallDisposition.Answered);
        world.Timeline(first.Id).TakeLast(3).Should().Equal(
            "10s LegEnded 5354353 HungUp",
            "10s ParticipantLeft 5354353 0003*211/3",
            "10s CallEnded Answered");

        world.AdvanceTo(12);
        world.Network.HangUp(second.Id).Succeeded.Should().BeTrue();

        world.Room().Should().BeEmpty();
        world.Network.Rooms.Should().BeEmpty();
        world.Timeline(second.Id).TakeLast(2).Should().Equal("12s ParticipantLeft 5302040 0003*211/3", "12s CallEnded Answered");
    }

    [Fact]
    public void A_number_the_conference_extension_does_not_host_is_refused_before_anything_rings()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<Call, NetworkError> refused = world.TryInvite(["5354353"], number: "4", pin: "2233");

        refused.Error!.Code.Should().Be(NetworkErrorCode.ConferenceNumberInvalid);
        refused.Error.Message.Should().Be(
            "0003*211 hosts no conference numbered 4; send one of its conference numbers (3), or leave number out and the invitee is asked for it.");
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.IsEngaged("5354353").Should().BeFalse();
    }

    [Fact]
    public void A_pin_that_opens_no_role_is_refused_before_anything_rings()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<Call, NetworkError> withNumber = world.TryInvite(["5354353"], number: "3", pin: "1111");
        Outcome<Call, NetworkError> alone = world.TryInvite(["5354353"], pin: "1111");

        withNumber.Error!.Code.Should().Be(NetworkErrorCode.ConferencePinInvalid);
        withNumber.Error.Message.Should().StartWith("PIN '1111' opens no role of conference 3 of 0003*211;");
        alone.Error!.Code.Should().Be(NetworkErrorCode.ConferencePinInvalid);
        alone.Error.Message.Should().StartWith("PIN '1111' opens no conference of 0003*211;");
        world.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public void An_invite_nobody_answers_ends_as_no_answer_after_wait_for_pickup_and_nobody_joins()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call placed = world.Invite(["5350001"], number: "3", pin: "2233", waitForPickup: Seconds(20));

        world.AdvanceTo(20);

        Call ended = world.Current(placed.Id);
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(At(20));
        ended.LegSummary().Should().Equal("5350001 Destination NoAnswer");
        world.Network.Rooms.Should().BeEmpty();
    }

    [Fact]
    public void A_busy_destination_ends_the_invite_at_once()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call placed = world.Invite(["5350002"], number: "3", pin: "2233");

        placed.IsLive.Should().BeFalse();
        placed.Disposition.Should().Be(CallDisposition.Busy);
    }

    [Fact]
    public void The_admin_pin_joins_as_admin_and_a_listener_is_muted()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithConference(new ScheduledConference(TestNetwork.ConferenceExtension, "5", new ConferencePins("1", "2", "3")))
            .Build();
        world.Invite(["5354353"], number: "5", pin: "1");
        world.Invite(["5302040"], number: "5", pin: "3");

        world.AdvanceTo(3);

        world.Room("5").Should().Equal("5354353 Admin", "5302040 Listener muted");
    }

    [Fact]
    public void In_a_conference_that_waits_for_an_admin_the_others_wait_until_one_joins()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithConference(new ScheduledConference(TestNetwork.ConferenceExtension, "7", new ConferencePins("1", "2"), Features: ConferenceFeatures.WaitForAdmin))
            .WithPhone("5550100", Behaves.AnswersAfter(5))
            .Build();
        world.Invite(["5354353"], number: "7", pin: "2");
        Call admin = world.Invite(["5550100"], number: "7", pin: "1");

        world.AdvanceTo(3);
        world.Room("7").Should().Equal("5354353 Talker waiting");

        world.AdvanceTo(5);
        world.Room("7").Should().Equal("5354353 Talker", "5550100 Admin");

        world.Network.HangUp(admin.Id);
        world.Room("7").Should().Equal("5354353 Talker waiting");
    }

    [Fact]
    public void A_full_conference_turns_the_next_invitee_away_when_it_answers()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithConference(new ScheduledConference(TestNetwork.ConferenceExtension, "8", new ConferencePins(Talker: "2"), MaxParticipants: 2))
            .WithPhone("5550101", Behaves.AnswersAfter(4))
            .WithPhone("5550102", Behaves.AnswersAfter(5))
            .Build();
        Call first = world.Invite(["5354353"], number: "8", pin: "2");
        world.Invite(["5550101"], number: "8", pin: "2");
        Call third = world.Invite(["5550102"], number: "8", pin: "2");

        world.AdvanceTo(5);

        world.Room("8").Should().Equal("5354353 Talker", "5550101 Talker");
        Call refused = world.Current(third.Id);
        refused.Disposition.Should().Be(CallDisposition.NotAllowed);
        refused.Invite!.Step.Should().Be(InviteStep.Refused);
        world.Timeline(third.Id).Should().Equal(
            "0s CallPublished 0003*211",
            "0s LegRinging 5550102",
            "5s LegAnswered 5550102",
            "5s CallConnected",
            "5s ConferenceRefused 5550102 conference 0003*211/8 is full (2 participants)",
            "5s LegEnded 5550102 HungUp",
            "5s CallEnded NotAllowed");

        world.Network.HangUp(first.Id);
        Call fourth = world.Invite(["5550103"], number: "8", pin: "2");
        world.AdvanceTo(8);
        world.Current(fourth.Id).Invite!.Step.Should().Be(InviteStep.Joined);
        world.Room("8").Should().Equal("5550101 Talker", "5550103 Talker");
    }

    [Fact]
    public void A_scheduled_conference_takes_invites_only_while_open_and_hangs_its_participants_up_when_it_closes()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithConference(new ScheduledConference(TestNetwork.ConferenceExtension, "9", new ConferencePins(Talker: "2"), Start: At(60), Duration: Seconds(120)))
            .Build();

        Outcome<Call, NetworkError> early = world.TryInvite(["5354353"], number: "9", pin: "2");
        world.AdvanceTo(60);
        Call placed = world.Invite(["5354353"], number: "9", pin: "2");
        world.AdvanceTo(63);
        world.Room("9").Should().Equal("5354353 Talker");
        world.AdvanceTo(180);

        early.Error!.Code.Should().Be(NetworkErrorCode.ConferenceNumberInvalid);
        early.Error.Message.Should().Be("conference 9 of 0003*211 opens at 2026-01-01T10:01:00.0000000+00:00; invite to it while it is open.");
        Call ended = world.Current(placed.Id);
        ended.Ended.Should().Be(At(180));
        ended.Disposition.Should().Be(CallDisposition.Answered);
        world.Room("9").Should().BeEmpty();
    }
}
