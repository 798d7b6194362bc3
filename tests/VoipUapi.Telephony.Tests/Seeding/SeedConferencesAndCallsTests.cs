using System.Text;

namespace VoipUapi.Telephony.Tests.Seeding;

/// <summary>The <c>conferences</c> and <c>calls</c> sections of a seed, and what they refuse.</summary>
public sealed class SeedConferencesAndCallsTests
{
    private const string Directory = """
        "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }],
        "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }],
        "extensions": [
          { "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" },
          { "number": "0003*211", "type": "conference", "ownerId": 12, "callerId": "John Doe Conference <4242426>" }
        ],
        """;

    [Fact]
    public void A_conference_loads_with_its_pins_limits_schedule_and_features()
    {
        NetworkSeed seed = Load("""
            "conferences": [{ "extension": "0003*211", "number": "42", "name": "Board", "pins": { "admin": "1", "talker": "", "listener": "3" },
                              "maxParticipants": 5, "start": "2026-01-01T09:00:00Z", "durationMinutes": 90, "waitForAdmin": true, "toneOnJoin": true }]
            """);

        seed.Conferences.Should().ContainSingle().Which.Should().Be(new ScheduledConference(
            new ExtensionNumber("0003", "211"),
            "42",
            new ConferencePins(Admin: "1", Listener: "3"),
            5,
            new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero),
            TimeSpan.FromMinutes(90),
            ConferenceFeatures.WaitForAdmin | ConferenceFeatures.ToneOnJoin,
            "Board"));
    }

    [Theory]
    [InlineData("""{ "extension": "0003*210", "number": "3", "pins": { "talker": "1" } }""", "conference 3 of 0003*210: extension must be a Conference extension of the seed.")]
    [InlineData("""{ "extension": "0003*211", "number": "3" }""", "conference 3 of 0003*211: pins is missing; give at least one of admin, talker and listener, like { \"talker\": \"2233\" }.")]
    [InlineData("""{ "extension": "0003*211", "number": "3", "pins": { "talker": "1", "listener": "1" } }""", "conference 3 of 0003*211: two roles have the same PIN; give each role its own.")]
    [InlineData("""{ "extension": "0003*211", "number": "3", "pins": { "admin": "" } }""", "conference 3 of 0003*211: at least one of the admin, talker and listener PINs must be set.")]
    [InlineData("""{ "extension": "0003*211", "number": "x", "pins": { "talker": "1" } }""", "conference x of 0003*211: number must be 1 to 10 digits.")]
    public void A_conference_that_could_not_be_joined_as_written_is_refused(string conference, string message)
    {
        Action load = () => Load($"\"conferences\": [{conference}]");

        load.Should().Throw<SeedException>().WithMessage($"seed test seed: {message}");
    }

    [Fact]
    public void Two_conferences_with_one_number_on_one_extension_are_refused()
    {
        Action load = () => Load("""
            "conferences": [{ "extension": "0003*211", "number": "3", "pins": { "talker": "1" } },
                            { "extension": "0003*211", "number": "3", "pins": { "talker": "2" } }]
            """);

        load.Should().Throw<SeedException>().WithMessage("seed test seed: conference 3 of 0003*211: 0003*211 has two conferences numbered 3.");
    }

    [Fact]
    public void A_call_loads_with_its_parties_state_and_times()
    {
        NetworkSeed seed = Load("""
            "calls": [{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["0003*210"], "destination": ["3235742879", "0003*00"],
                        "callerId": "John Doe <3235742879>", "callerIdDestination": "Front Desk <5550100>", "state": "connected",
                        "publishedSecondsAgo": 10, "answeredSecondsAgo": 5, "callDurationSeconds": 60 }]
            """);

        SeededCall call = seed.Calls.Single();
        call.Id.Should().Be(new CallId("b817d2618fe6f1804db1"));
        call.OwnerUserId.Should().Be(12);
        call.Organization.Code.Should().Be("0003");
        call.Sources.Should().Equal(PhoneAddress.ForExtension(new ExtensionNumber("0003", "210")));
        call.Destinations.Should().Equal(PhoneAddress.ForPublic("3235742879"), PhoneAddress.ForSandbox(new ExtensionNumber("0003", "00")));
        call.SourceCallerId.Should().Be(new CallerId("John Doe", "3235742879"));
        call.DestinationCallerId.Should().Be(new CallerId("Front Desk", "5550100"));
        call.Phase.Should().Be(CallPhase.Connected);
        (call.PublishedAgo, call.AnsweredAgo, call.Duration, call.WaitForPickup).Should().Be(
            (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), (TimeSpan?)null));
    }

    [Theory]
    [InlineData("""{ "id": "B817D2618FE6F1804DB1", "extension": "0003*210", "source": ["0003*210"], "destination": ["5554444"], "state": "connected" }""",
        "call B817D2618FE6F1804DB1: id must be 20 lowercase hex characters, like \"b817d2618fe6f1804db1\".")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*999", "source": ["0003*210"], "destination": ["5554444"], "state": "connected" }""",
        "call b817d2618fe6f1804db1: extension must be the extended number of an extension of the seed, the one charged for the call.")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["210"], "destination": ["5554444"], "state": "connected" }""",
        "call b817d2618fe6f1804db1: source '210' is not an extended number (0003*210) or a public number (3235742879).")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["0003*210"], "destination": ["0003*210"], "state": "connected" }""",
        "call b817d2618fe6f1804db1: a number is both a source and a destination.")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["0003*210"], "destination": ["5554444"], "state": "ended" }""",
        "call b817d2618fe6f1804db1: state must be ringingSources, ringingDestination or connected.")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["0003*210"], "destination": ["5554444"], "state": "connected", "waitForPickupSeconds": 5 }""",
        "call b817d2618fe6f1804db1: waitForPickupSeconds is for a ringing call, between 1 and 86400, or absent to ring until something else happens.")]
    [InlineData("""{ "id": "b817d2618fe6f1804db1", "extension": "0003*210", "source": ["0003*210"], "destination": ["5554444"], "state": "connected", "publishedSecondsAgo": 1, "answeredSecondsAgo": 2 }""",
        "call b817d2618fe6f1804db1: answeredSecondsAgo is for a connected call, and cannot be more than publishedSecondsAgo.")]
    public void A_call_that_names_what_does_not_exist_or_could_not_be_is_refused(string call, string message)
    {
        Action load = () => Load($"\"calls\": [{call}]");

        load.Should().Throw<SeedException>().WithMessage($"seed test seed: {message}");
    }

    [Fact]
    public void A_phone_may_ring_for_two_seeded_calls_but_talk_on_only_one()
    {
        Action ringsForTwo = () => Load("""
            "calls": [{ "id": "00000000000000000001", "extension": "0003*210", "source": ["5554444"], "destination": ["0003*210"], "state": "ringingDestination" },
                      { "id": "00000000000000000002", "extension": "0003*210", "source": ["5554445"], "destination": ["0003*210"], "state": "ringingDestination" }]
            """);
        Action talksOnTwo = () => Load("""
            "calls": [{ "id": "00000000000000000001", "extension": "0003*210", "source": ["0003*210"], "destination": ["5554444"], "state": "connected" },
                      { "id": "00000000000000000002", "extension": "0003*210", "source": ["5554445"], "destination": ["0003*210"], "state": "connected" }]
            """);

        ringsForTwo.Should().NotThrow();
        talksOnTwo.Should().Throw<SeedException>().WithMessage(
            "seed test seed: call 00000000000000000002: 0003*210 is answered in call 00000000000000000001 too; a phone talks on one call at a time, as many as its lines (it may ring for others).");
    }

    private static NetworkSeed Load(string sections) =>
        SeedLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes($"{{ {Directory} {sections} }}")), "test seed");
}
