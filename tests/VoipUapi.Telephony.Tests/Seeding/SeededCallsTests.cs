using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Seeding;

/// <summary>The default seed's calls in progress: b817d2618fe6f1804db1 (seed 000) on 0003*210, and b817d2618fe6f1804333 (seed 004) ringing it.</summary>
public sealed class SeededCallsTests
{
    private static readonly CallId Connected = new("b817d2618fe6f1804db1");
    private static readonly CallId Ringing = new("b817d2618fe6f1804333");
    private static readonly CallId[] GenesysCalls = [new("0071027198180007c0de"), new("0071027198180008c0de")];

    [Fact]
    public void The_seed_000_call_is_connected_from_0003_210_to_3235742879()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        Call call = world.Current(Connected);

        call.Phase.Should().Be(CallPhase.Connected);
        call.Published.Should().Be(At(-10));
        call.Answered.Should().Be(At(-5));
        call.Extension.ToString().Should().Be("0003*210");
        call.OwnerUserId.Should().Be(12);
        call.LegSummary().Should().Equal("0003*210 Source Answered", "3235742879 Destination Answered");
        Perspective view = Perspectives.Of(call).Single();
        Perspectives.DirectionOf(call).Should().Be(CallDirection.Outgoing);
        view.Should().BeEquivalentTo(new Perspective(new ExtensionNumber("0003", "210"), call.Legs[0], call.Legs[0], PartyState.Talking, null, At(-5), new CallerId("John Doe", "3235742879")));
        world.Timeline(Connected).Should().Equal(
            "-10s CallPublished 0003*210",
            "-5s LegAnswered 0003*210",
            "-5s LegAnswered 3235742879",
            "-5s CallConnected");
    }

    [Fact]
    public void The_seed_004_call_rings_0003_210_in_view_01()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        Call call = world.Current(Ringing);

        call.Phase.Should().Be(CallPhase.RingingDestination);
        call.Extension.ToString().Should().Be("0003*024");
        call.LegSummary().Should().Equal("3334444 Source Answered", "0003*210 Destination Ringing");
        Perspectives.Of(call).Select(p => (p.Extension.ToString(), p.State, p.CallerId.ToString())).Should().Equal(
            ("0003*024", PartyState.OtherSideRinging, "John Doe <3334444>"),
            ("0003*210", PartyState.Ringing, "John Doe <3334444>"));
    }

    [Fact]
    public void Seeded_phones_follow_no_rule_the_ringing_one_rings_and_the_call_lasts_until_something_happens()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        world.AdvanceTo(86400);

        world.Current(Ringing).Leg("0003*210").State.Should().Be(LegState.Ringing);
        world.Current(Connected).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void A_new_call_from_0003_210_rings_it_on_a_free_line_beside_the_two_seeded_calls()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        Call placed = world.Place(["0003*210"], ["0003*00"]);
        world.AdvanceTo(3);

        world.Current(placed.Id).Phase.Should().Be(CallPhase.Connected);
        PhoneStatus phone = world.Network.StatusOf(TestNetwork.Phone("0003*210"));
        phone.Should().Match<PhoneStatus>(s => s.State == PhoneState.OnCall && s.CallId == Connected && s.LineCount == 4);
        phone.Lines.Select(line => (line.Call.Id, line.State)).Should().Equal((Connected, LineState.Active), (Ringing, LineState.Ringing), (placed.Id, LineState.Active));
    }

    [Fact]
    public void Seeded_calls_make_a_one_line_0003_210_busy_for_a_new_call()
    {
        using TestNetwork world = new NetworkBuilder().WithLines("0003*210", 1).WithSeedCalls().Build();

        Call placed = world.Place(["0003*210"], ["0003*00"]);

        placed.Disposition.Should().Be(CallDisposition.Busy);
        world.Network.StatusOf(TestNetwork.Phone("0003*210")).Should().Match<PhoneStatus>(s => s.State == PhoneState.OnCall && s.CallId == Connected);
    }

    [Fact]
    public void The_call_waiting_on_0003_210_gets_its_line_when_the_other_call_ends()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        world.Network.HangUp(Connected);

        world.Network.StatusOf(TestNetwork.Phone("0003*210")).Should().Match<PhoneStatus>(s => s.State == PhoneState.Ringing && s.CallId == Ringing && s.Lines.Count == 1);
        world.Network.AnswerPhone(TestNetwork.Phone("0003*210")).Succeeded.Should().BeTrue();
        world.Current(Ringing).Phase.Should().Be(CallPhase.Connected);
    }

    [Fact]
    public void The_seed_004_pick_up_sends_the_call_to_0003_024_and_view_01_follows_it()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();
        world.AdvanceTo(1);

        Outcome<Call, NetworkError> picked = world.Network.PickUp(new PickUpOrder(
            Ringing, TestNetwork.Phone("0003*210"), TestNetwork.Phone("0003*024"), new CallerId("John Doe", "42420042"), Seconds(20)));
        world.AdvanceTo(4);

        picked.Succeeded.Should().BeTrue();
        Call call = world.Current(Ringing);
        call.Phase.Should().Be(CallPhase.Connected);
        Perspectives.Of(call).Select(p => (p.Extension.ToString(), p.State, p.Answered)).Should().Equal(
            ("0003*024", PartyState.Talking, At(4)),
            ("0003*210", PartyState.Talking, At(4)));
        world.Network.StatusOf(TestNetwork.Phone("0003*210")).CallId.Should().Be(Connected, "0003*210 is still on the seed 000 call");
    }

    [Fact]
    public void A_reset_ends_every_call_and_starts_the_seeds_calls_and_conferences_again()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();
        world.Network.HangUp(Connected);
        world.Network.Conferences.Create(new ScheduledConference(TestNetwork.ConferenceExtension, "4", new ConferencePins(Talker: "1")));
        world.Invite(["5354353"], number: "3", pin: "2233");
        world.AdvanceTo(100);

        world.Network.Reset(idSeed: 1);

        world.Network.LiveCalls.Select(c => c.Id).Should().BeEquivalentTo([Connected, Ringing, .. GenesysCalls]);
        world.Current(Connected).Published.Should().Be(At(90));
        world.Network.Conferences.HostedBy(TestNetwork.ConferenceExtension).Select(c => c.Number).Should().Equal("3");
        world.Network.Rooms.Should().BeEmpty();
        world.Network.StatusOf(TestNetwork.Phone("0003*210")).CallId.Should().Be(Connected);
    }

    [Fact]
    public void A_seeded_ringing_call_with_a_wait_for_pickup_ends_unanswered_then()
    {
        NetworkSeed seed = SeedLoader.Load(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes("""
                {
                  "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }],
                  "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }],
                  "extensions": [{ "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" }],
                  "calls": [{ "id": "0123456789abcdef0123", "extension": "0003*210", "source": ["5554444"], "destination": ["0003*210"],
                              "state": "ringingDestination", "waitForPickupSeconds": 15, "nonce": "n-1" }]
                }
                """)),
            "test seed");
        var clock = new VirtualClock(T0);
        using var network = new TelephonyNetwork(seed.Directory, seed.Phones, clock, new TelephonyOptions());
        network.StartSeededCalls(seed.Calls);

        clock.AdvanceTo(At(15));

        Call ended = network.EndedCalls.Single();
        ended.Nonce.Should().Be("n-1");
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Ended.Should().Be(At(15));
        ended.DestinationCallerId.Should().Be(new CallerId("John Doe", "4242425"), "a seeded call without callerId shows the charged extension's");
    }

    [Fact]
    public void The_seed_003_calls_both_connect_0003_15000_with_0003_15001_one_line_each()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();

        world.Current(GenesysCalls[0]).Answered.Should().Be(At(-52));
        world.Current(GenesysCalls[1]).Answered.Should().Be(At(-64));
        foreach (CallId id in GenesysCalls)
        {
            world.Current(id).LegSummary().Should().Equal("0003*15000 Source Answered", "0003*15001 Destination Answered");
        }

        world.Network.StatusOf(TestNetwork.Phone("0003*15000")).Lines.Should().HaveCount(2);
    }
}
