using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Phones;

/// <summary>A phone starts registered; unregistered, every new call meets it as unreachable, while the calls it is on go on.</summary>
public sealed class RegistrationTests
{
    private static readonly PhoneAddress Desk = TestNetwork.Phone("0003*024");

    [Fact]
    public void An_unregistered_phone_is_unreachable_for_new_calls_and_keeps_the_call_it_is_on()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", PhoneBehaviour.AnswersAtOnce).Build();
        Call talking = world.Place(["0003*00"], ["0003*024"]);

        world.Network.SetRegistered(Desk, registered: false);
        world.AdvanceTo(5);
        Call refused = world.Place(["0004*00"], ["0003*024"]);

        world.Current(talking.Id).Phase.Should().Be(CallPhase.Connected, "unregistering does not cut the call the phone is on");
        refused.Disposition.Should().Be(CallDisposition.Failed);
        refused.Leg("0003*024").State.Should().Be(LegState.Unreachable);
        world.Network.StatusOf(Desk).Registered.Should().BeFalse();
        world.Network.StatusOf(Desk).Behaviour.Kind.Should().Be(PhoneBehaviourKind.Unreachable);
    }

    [Fact]
    public void Registering_again_gives_back_the_scripted_behaviour_and_a_reset_registers_every_phone()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        var manual = new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero);
        world.Network.OverrideBehaviour(Desk, manual);
        world.Network.SetRegistered(Desk, registered: false);
        world.Network.SetRegistered(Desk, registered: false);

        world.Network.SetRegistered(Desk, registered: true);
        PhoneStatus registered = world.Network.StatusOf(Desk);
        world.Network.SetRegistered(Desk, registered: false);
        world.Network.Reset(idSeed: 1);

        registered.Behaviour.Should().Be(manual);
        world.Network.StatusOf(Desk).Registered.Should().BeTrue("a reset puts the network back as the seed made it");
        world.Network.Events.After(0).Where(e => e.Kind == NetworkEventKind.RegistrationChanged).Select(e => $"{e.Phone} {e.Detail}")
            .Should().Equal(["0003*024 unregistered", "0003*024 registered", "0003*024 unregistered"], "registering as it already is changes nothing");
    }
}
