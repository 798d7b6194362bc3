using System.Text;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Phones;

/// <summary>A phone rings or talks on as many calls at once as it has lines; with all of them in use it is busy.</summary>
public sealed class PhoneLinesTests
{
    private static readonly PhoneAddress Desk = TestNetwork.Phone("0003*024");

    [Fact]
    public void A_phone_with_two_lines_in_a_seed_rings_for_two_calls_at_once_and_is_busy_for_a_third()
    {
        NetworkSeed seed = SeedLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }],
              "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }],
              "extensions": [{ "number": "0003*024", "type": "phoneTerminal", "ownerId": 12, "callerId": "Desk <4242424>" }],
              "phones": { "default": { "behaviour": "manual" }, "rules": [{ "number": "0003*024", "behaviour": "manual", "lines": 2 }] }
            }
            """)), "test seed");
        using var network = new TelephonyNetwork(seed.Directory, seed.Phones, new VirtualClock(T0), new TelephonyOptions());

        Call first = Inbound(network, "5551111");
        Call second = Inbound(network, "5552222");
        Call third = Inbound(network, "5553333");

        first.Leg("0003*024").State.Should().Be(LegState.Ringing);
        second.Leg("0003*024").State.Should().Be(LegState.Ringing);
        third.Disposition.Should().Be(CallDisposition.Busy, "both lines of 0003*024 are in use");
        PhoneStatus desk = network.StatusOf(Desk);
        desk.LineCount.Should().Be(2);
        desk.Lines.Select(line => (line.Call.Id, line.State)).Should().Equal((first.Id, LineState.Ringing), (second.Id, LineState.Ringing));
    }

    [Fact]
    public void With_two_calls_ringing_answer_names_its_call_or_is_refused_with_both_to_choose_from()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero), lines: 2).Build();
        Call first = world.Place(["0003*00"], ["0003*024"]);
        Call second = world.Place(["0004*00"], ["0003*024"]);

        Outcome<Call, NetworkError> unnamed = world.Network.AnswerPhone(Desk);
        Outcome<Call, NetworkError> named = world.Network.AnswerPhone(Desk, second.Id);

        unnamed.Error!.Code.Should().Be(NetworkErrorCode.PhoneCallAmbiguous);
        unnamed.Error.Message.Should().Be($"0003*024 could answer on calls {first.Id}, {second.Id}; name the one to act on.");
        named.Value!.Phase.Should().Be(CallPhase.Connected);
        world.Current(first.Id).Leg("0003*024").State.Should().Be(LegState.Ringing, "the other line still rings");
        world.Network.StatusOf(Desk).Lines.Select(line => line.State).Should().Equal(LineState.Ringing, LineState.Active);
        world.Network.AnswerPhone(Desk).Value!.Id.Should().Be(first.Id, "one call is left to answer");
    }

    [Fact]
    public void A_phone_action_on_a_call_the_phone_is_not_on_says_what_it_is_doing()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero)).Build();
        Call ringing = world.Place(["0003*00"], ["0003*024"]);
        var other = new CallId("0123456789abcdef0123");

        Outcome<Call, NetworkError> refused = world.Network.HangUpPhone(Desk, other);

        refused.Error!.Code.Should().Be(NetworkErrorCode.PhoneStateInvalid);
        refused.Error.Message.Should().Be($"0003*024 cannot hang up on call {other}: it is not on that call (ringing (call {ringing.Id})).");
    }

    [Fact]
    public void A_one_line_phone_is_busy_until_its_call_ends()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero), lines: 1).Build();
        Call first = world.Place(["0003*00"], ["0003*024"]);

        world.Place(["0004*00"], ["0003*024"]).Disposition.Should().Be(CallDisposition.Busy);
        world.Network.HangUp(first.Id);

        world.Place(["0004*00"], ["0003*024"]).Leg("0003*024").State.Should().Be(LegState.Ringing);
        world.Network.StatusOf(Desk).LineCount.Should().Be(1);
    }

    [Fact]
    public void The_default_seed_gives_extensions_four_lines_public_numbers_two_and_sandboxes_no_limit()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        world.Network.StatusOf(Desk).LineCount.Should().Be(4);
        world.Network.StatusOf(TestNetwork.Phone("5354353")).LineCount.Should().Be(2);
        world.Network.StatusOf(TestNetwork.Phone("0003*00")).LineCount.Should().Be(int.MaxValue);
    }

    [Fact]
    public void A_call_never_rings_a_phone_twice_and_a_phone_calling_itself_finds_itself_busy()
    {
        using TestNetwork world = new NetworkBuilder().Build();

        Call placed = world.Place(["0003*024"], ["0003*024"]);
        world.AdvanceTo(3);

        world.Current(placed.Id).LegSummary().Should().Equal("0003*024 Source HungUp", "0003*024 Destination Busy");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void A_seed_refuses_a_line_count_outside_1_to_64(int lines)
    {
        string json = $$"""{ "phones": { "default": { "behaviour": "answer", "answerAfterSeconds": 3, "lines": {{lines}} } } }""";

        Action load = () => SeedLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test seed");

        load.Should().Throw<SeedException>().WithMessage("seed test seed: default phone: lines must be between 1 and 64, or absent for the default phone's.");
    }

    private static Call Inbound(TelephonyNetwork network, string from) =>
        network.PlaceInboundCall(new InboundCallOrder(from, network.Directory.FindExtension(new ExtensionNumber("0003", "024"))!,
            network.Directory.FindOrganization(3)!, new CallerId("Caller", from))).Value!;
}
