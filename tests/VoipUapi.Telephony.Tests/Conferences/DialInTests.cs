using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Conferences;

/// <summary>A caller of the public network dials a Conference extension: the conference answers, asks for the number and the PIN, and seats it.</summary>
public sealed class DialInTests
{
    [Fact]
    public void A_caller_that_dials_the_conference_extension_enters_the_number_and_pin_and_joins_with_the_pin_role()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call call = DialIn(world, "5551234", digits: "3#9900#");

        call.Phase.Should().Be(CallPhase.Connected);
        call.Invite!.Step.Should().Be(InviteStep.Joined);
        world.Room().Should().Equal("5551234 Admin");
        world.Timeline(call.Id).Should().Equal(
            "0s CallPublished 0003*211",
            "0s LegAnswered 5551234",
            "0s CallConnected",
            "0s ConferencePrompted 5551234 number",
            "0s DigitsSent 5551234 3#9900#",
            "0s ConferencePrompted 5551234 pin",
            "0s ParticipantJoined 5551234 0003*211/3 admin tone music");
    }

    [Fact]
    public void A_caller_without_digits_is_asked_and_types_them_through_its_phone_and_three_wrong_pins_hang_it_up()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = DialIn(world, "5551234");

        world.Network.SendDigits(TestNetwork.Phone("5551234"), "3#").Succeeded.Should().BeTrue();
        world.Network.SendDigits(TestNetwork.Phone("5551234"), "1#1#1#");

        Call refused = world.Current(call.Id);
        refused.Phase.Should().Be(CallPhase.Ended);
        refused.Disposition.Should().Be(CallDisposition.NotAllowed);
        world.Timeline(call.Id).Should().Contain("0s ConferenceRefused 5551234 wrong PIN (3 of 3)");
    }

    [Fact]
    public void A_second_talker_joining_stops_hearing_music_and_leaving_frees_the_seat()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        DialIn(world, "5551234", digits: "3#2233#");

        Call second = DialIn(world, "5554321", digits: "3#2233#");

        world.Timeline(second.Id)[^1].Should().Be("0s ParticipantJoined 5554321 0003*211/3 talker tone");
        world.Network.HangUp(second.Id);
        world.Room().Should().Equal("5551234 Talker");
    }

    [Fact]
    public void A_recurring_conference_is_open_in_each_occurrence_and_closed_between_them()
    {
        var weekly = new ScheduledConference(TestNetwork.ConferenceExtension, "77", new ConferencePins(Talker: "1234"), Start: At(3600), Duration: TimeSpan.FromHours(1))
        {
            Recurrence = new ConferenceRecurrence(ConferenceRepeat.Weekly, 3),
        };

        weekly.IsOpenAt(At(3600 + 60)).Should().BeTrue();
        weekly.ClosedReason(At(3 * 3600)).Should().Be($"conference 77 of 0003*211 opens at {At(3600 + 7 * 86400):O}");
        weekly.IsOpenAt(At(3600 + (14 * 86400) + 60)).Should().BeTrue("the third occurrence");
        weekly.ClosedReason(At(3600 + (21 * 86400))).Should().Be($"conference 77 of 0003*211 closed at {At(2 * 3600 + 14 * 86400):O}");
        weekly.EndOfOccurrenceAt(At(3600 + (7 * 86400) + 60)).Should().Be(At(2 * 3600 + 7 * 86400));
    }

    private static Call DialIn(TestNetwork world, string from, string? digits = null) =>
        world.Network.PlaceInboundCall(new InboundCallOrder(
            from, world.Network.Directory.FindExtension(TestNetwork.ConferenceExtension)!, world.Network.Directory.FindOrganization(3)!,
            new CallerId("Caller", from), Digits: digits)).Value!;
}
