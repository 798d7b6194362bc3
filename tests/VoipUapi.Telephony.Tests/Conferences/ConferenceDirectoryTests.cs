using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Conferences;

public sealed class ConferenceDirectoryTests
{
    private static readonly ExtensionNumber Host = TestNetwork.ConferenceExtension;

    [Fact]
    public void Default_seed_schedules_conference_3_on_0003_211_with_talker_pin_2233()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        ScheduledConference conference = world.Network.Conferences.Find(Host, "3")!;

        conference.Pins.Should().Be(new ConferencePins(Admin: "9900", Talker: "2233"));
        conference.Pins.RoleOf("2233").Should().Be(ConferenceRole.Talker);
        conference.Pins.RoleOf("9900").Should().Be(ConferenceRole.Admin);
        conference.Pins.RoleOf("1111").Should().BeNull();
        conference.MaxParticipants.Should().BeNull();
        conference.Features.Should().Be(ConferenceFeatures.ToneOnJoin | ConferenceFeatures.MusicWhileAlone);
        conference.IsOpenAt(At(0)).Should().BeTrue();
        world.Network.Conferences.HostedBy(Host).Should().ContainSingle().Which.Should().BeSameAs(conference);
        world.Network.Rooms.Should().BeEmpty();
    }

    [Fact]
    public void A_created_conference_can_be_found_by_its_host_and_number_and_removed()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        var conference = new ScheduledConference(Host, "10", new ConferencePins(Listener: "55"), MaxParticipants: 4, Name: "Enswitch room");

        Outcome<ScheduledConference, NetworkError> created = world.Network.Conferences.Create(conference);

        created.Succeeded.Should().BeTrue();
        world.Network.Conferences.Find(Host, "10").Should().Be(conference);
        world.Network.Conferences.HostedBy(Host).Select(c => c.Number).Should().Equal("3", "10");
        world.Network.Conferences.Remove(conference.Key).Should().BeTrue();
        world.Network.Conferences.Find(Host, "10").Should().BeNull();
        world.Network.Conferences.Remove(conference.Key).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, null, null, "at least one of the admin, talker and listener PINs must be set")]
    [InlineData("1234", "1234", null, "two roles have the same PIN; give each role its own")]
    [InlineData("12a4", null, null, "a PIN is 1 to 16 digits")]
    public void Pins_that_cannot_tell_the_roles_apart_are_refused(string? admin, string? talker, string? listener, string problem)
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<ScheduledConference, NetworkError> created = world.Network.Conferences.Create(new ScheduledConference(Host, "11", new ConferencePins(admin, talker, listener)));

        created.Error!.Code.Should().Be(NetworkErrorCode.ConferenceInvalid);
        created.Error.Message.Should().Be($"conference 11 of 0003*211: {problem}.");
    }

    [Fact]
    public void A_number_the_host_already_has_is_refused()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<ScheduledConference, NetworkError> created = world.Network.Conferences.Create(new ScheduledConference(Host, "3", new ConferencePins(Talker: "1")));

        created.Error!.Code.Should().Be(NetworkErrorCode.ConferenceExists);
        created.Error.Message.Should().Be("0003*211 already hosts a conference numbered 3; give another number.");
    }

    [Fact]
    public void Only_a_conference_extension_hosts_conferences()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Outcome<ScheduledConference, NetworkError> created = world.Network.Conferences.Create(
            new ScheduledConference(new ExtensionNumber("0003", "210"), "3", new ConferencePins(Talker: "1")));

        created.Error!.Code.Should().Be(NetworkErrorCode.ConferenceInvalid);
        created.Error.Message.Should().Be("0003*210 is not a Conference extension; a conference is hosted by one.");
    }

    [Theory]
    [InlineData("", null, null, null, "number must be 1 to 10 digits")]
    [InlineData("3a", null, null, null, "number must be 1 to 10 digits")]
    [InlineData("12", 0, null, null, "maxParticipants must be at least 1, or absent for no limit")]
    [InlineData("12", null, 0, 0, "duration must be positive, or absent for a conference that never closes")]
    [InlineData("12", null, null, 30, "a duration needs a start")]
    public void A_malformed_conference_is_refused(string number, int? max, int? startSeconds, int? durationSeconds, string problem)
    {
        var conference = new ScheduledConference(
            Host,
            number,
            new ConferencePins(Talker: "1"),
            max,
            startSeconds is { } start ? At(start) : null,
            durationSeconds is { } duration ? Seconds(duration) : null);

        conference.Problem().Should().Be(problem);
    }

    [Fact]
    public void A_conference_with_a_start_and_a_duration_is_open_only_in_between()
    {
        var conference = new ScheduledConference(Host, "12", new ConferencePins(Talker: "1"), Start: At(60), Duration: Seconds(120));

        conference.IsOpenAt(At(59)).Should().BeFalse();
        conference.ClosedReason(At(59)).Should().Be("conference 12 of 0003*211 opens at 2026-01-01T10:01:00.0000000+00:00");
        conference.IsOpenAt(At(60)).Should().BeTrue();
        conference.IsOpenAt(At(179)).Should().BeTrue();
        conference.IsOpenAt(At(180)).Should().BeFalse();
        conference.ClosedReason(At(180)).Should().Be("conference 12 of 0003*211 closed at 2026-01-01T10:03:00.0000000+00:00");
    }
}
