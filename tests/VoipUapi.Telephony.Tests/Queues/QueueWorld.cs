using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Queues;

/// <summary>The default seed's queue 0003*250 (agents 0003*210 and 0003*024, both manual with one line), and callers from the public network.</summary>
internal static class QueueWorld
{
    public static readonly ExtensionNumber Queue = new("0003", "250");

    public static readonly ExtensionNumber John = new("0003", "210");

    public static readonly ExtensionNumber Jane = new("0003", "024");

    public static readonly PhoneBehaviour Manual = new(PhoneBehaviourKind.Manual, TimeSpan.Zero);

    public static TestNetwork Build(Action<TelephonyOptions>? options = null) =>
        new NetworkBuilder()
            .WithPhone("0003*210", Manual, lines: 1)
            .WithPhone("0003*024", Manual, lines: 1)
            .WithOptions(options ?? (_ => { }))
            .Build();

    /// <summary>A caller of the public network dials the queue; it answers at once.</summary>
    public static Call Call(this TestNetwork world, string from)
    {
        Outcome<Call, NetworkError> placed = world.Network.PlaceInboundCall(new InboundCallOrder(
            from, world.Network.Directory.FindExtension(Queue)!, world.Network.Directory.FindOrganization(3)!, new CallerId("Caller", from)));
        placed.Succeeded.Should().BeTrue(placed.Error?.Message);
        return placed.Value!;
    }

    public static Call Answer(this TestNetwork world, ExtensionNumber agent)
    {
        Outcome<Call, NetworkError> answered = world.Network.AnswerPhone(PhoneAddress.ForExtension(agent));
        answered.Succeeded.Should().BeTrue(answered.Error?.Message);
        return answered.Value!;
    }

    public static void SetStatus(this TestNetwork world, ExtensionNumber agent, AgentStatus status) =>
        world.Network.SetAgentStatus(Queue, agent, status).Succeeded.Should().BeTrue();
}
