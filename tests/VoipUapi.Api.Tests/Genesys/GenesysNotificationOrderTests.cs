using System.Net;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Telephony.Events;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>Operations that race each other are announced in the order the network took them, none lost.</summary>
public sealed class GenesysNotificationOrderTests
{
    private const int PerCall = 12;

    [Fact]
    public async Task Concurrent_operations_on_two_calls_are_notified_in_the_order_the_network_applied_them()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using var agent = await emulator.AgentAsync();
        long before = emulator.Network.Events.LastSequence;

        Answer[] answers = await Task.WhenAll(Enumerable.Range(0, PerCall).SelectMany(i => new[] { SeedCall7, SeedCall8 }.Select(call =>
            agent.OperateAsync(call, $$$"""{"operationName":"UpdateUserData","userData":{"n":"{{{call[^1]}}}-{{{i}}}"}}"""))));

        answers.Should().AllSatisfy(answer => answer.Expect(HttpStatusCode.OK).GetProperty("statusCode").GetInt32().Should().Be(0));
        string[] applied = [.. emulator.Network.Events.After(before).Where(e => e.Kind == NetworkEventKind.CallDataChanged).Select(e => e.Call!.Data["n"])];
        applied.Should().HaveCount(2 * PerCall);
        await emulator.NotificationAsync("agent1", n => UserDataN(n) == applied[^1]);
        string?[] notified = [.. emulator.Notifications().Snapshot()
            .Where(n => n.AgentUserName == "agent1" && n.Data["notificationType"]?.GetValue<string>() == "AttachedDataChanged")
            .Select(UserDataN)];
        notified.Should().Equal(applied, "each call's AttachedDataChanged follows the event log, in its order, one per change");
    }

    private static string? UserDataN(GenesysNotification notification) => notification.Data["call"]?["userData"]?["n"]?.GetValue<string>();
}
