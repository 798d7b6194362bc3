using System.Collections.Concurrent;
using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Calls;

/// <summary>
/// Commands racing on one call must end in a state that one order or the other would give. Each race is run a few
/// hundred times on two threads released together by a barrier.
/// </summary>
public sealed class RaceTests
{
    private const int Rounds = 300;

    [Fact]
    public void Two_concurrent_hang_ups_of_one_call_end_it_exactly_once()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call placed = world.Place(["5354353"], ["5353535"]);
            world.AdvanceTo(6);
            var results = new Outcome<Call, NetworkError>[2];

            Race.Run(() => results[0] = world.Network.HangUp(placed.Id), () => results[1] = world.Network.HangUp(placed.Id));

            results.Select(result => result.Error?.Code).Should().BeEquivalentTo(new NetworkErrorCode?[] { null, NetworkErrorCode.CallNotFound });
            results.Single(result => !result.Succeeded).Value.Should().BeNull();
            Call ended = results.Single(result => result.Succeeded).Value!;
            ended.Disposition.Should().Be(CallDisposition.Answered);
            world.Network.EndedCalls.Should().ContainSingle().Which.Should().BeSameAs(ended);
            world.Network.LiveCalls.Should().BeEmpty();
            world.EventsOf(placed.Id).Count(e => e.Kind == NetworkEventKind.CallEnded).Should().Be(1);
            world.Timeline(placed.Id).TakeLast(3).Should().Equal(
                "6s LegEnded 5354353 HungUp",
                "6s LegEnded 5353535 HungUp",
                "6s CallEnded Answered");
        }
    }

    [Fact]
    public void A_hang_up_racing_the_clock_that_would_connect_the_call_ends_as_one_order_would()
    {
        // Every end state some sequential order of "advance to 6 s" and "hang up" gives: the hang-up lands before the
        // source answers (at 0 s, or at 3 s just ahead of the answer), between the answers, or after the bridge.
        string[] possible =
        [
            "0s NoAnswer [5354353 Source Cancelled]",
            "3s NoAnswer [5354353 Source Cancelled]",
            "3s NoAnswer [5354353 Source HungUp, 5353535 Destination Cancelled]",
            "6s NoAnswer [5354353 Source HungUp, 5353535 Destination Cancelled]",
            "6s Answered [5354353 Source HungUp, 5353535 Destination HungUp]",
        ];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call placed = world.Place(["5354353"], ["5353535"]);
            Outcome<Call, NetworkError>? hangUp = null;

            Race.Run(() => world.Clock.Advance(Seconds(6)), () => hangUp = world.Network.HangUp(placed.Id));

            hangUp!.Succeeded.Should().BeTrue();
            Call ended = hangUp.Value!;
            string state = $"{(ended.Ended!.Value - T0).TotalSeconds}s {ended.Disposition} [{string.Join(", ", ended.LegSummary())}]";
            possible.Should().Contain(state);
            seen.Add(state);
            (ended.Answered is not null).Should().Be(ended.Disposition == CallDisposition.Answered);
            world.Network.FindLiveCall(placed.Id).Should().BeNull();
            world.Network.LiveCalls.Should().BeEmpty();
            world.Network.EndedCalls.Should().ContainSingle().Which.Should().BeSameAs(ended);
            world.Network.IsEngaged("5354353").Should().BeFalse();
            world.Network.IsEngaged("5353535").Should().BeFalse();
            world.Clock.GetUtcNow().Should().Be(At(6));
            IReadOnlyList<NetworkEvent> events = world.EventsOf(placed.Id);
            events.Count(e => e.Kind == NetworkEventKind.CallEnded).Should().Be(1);
            events[^1].Kind.Should().Be(NetworkEventKind.CallEnded);
            events.Count(e => e.Kind == NetworkEventKind.CallConnected).Should().Be(ended.Answered is null ? 0 : 1);
            events.Select(e => e.At).Should().BeInAscendingOrder();
        }

        seen.Should().NotBeEmpty();
    }

    [Fact]
    public void A_party_hanging_up_while_the_clock_connects_the_call_leaves_no_phone_engaged()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call placed = world.Place(["5354353"], ["5353535"]);
            world.AdvanceTo(3);
            Outcome<Call, NetworkError>? hangUp = null;

            Race.Run(() => world.Clock.Advance(Seconds(3)), () => hangUp = world.Network.HangUp(placed.Id, "5353535"));

            hangUp!.Succeeded.Should().BeTrue();
            Call ended = world.Current(placed.Id);
            ended.Phase.Should().Be(CallPhase.Ended);
            ended.Legs.Should().OnlyContain(leg => !leg.IsLive);
            ended.Disposition.Should().Be(ended.Answered is null ? CallDisposition.NoAnswer : CallDisposition.Answered);
            world.Network.IsEngaged("5354353").Should().BeFalse();
            world.Network.IsEngaged("5353535").Should().BeFalse();
            world.EventsOf(placed.Id).Count(e => e.Kind == NetworkEventKind.CallEnded).Should().Be(1);
        }
    }

    [Fact]
    public void A_call_placed_while_the_clock_advances_ends_as_one_order_would()
    {
        // Placed first, the call rings from 0 s and connects at 6 s inside the advance; placed after, it is
        // published at 10 s and rings. The clock moves outside the network's lock, so the call can be published
        // at 0 s yet still be ringing its sources at 10 s, its 3 s answer timer lost behind "now".
        string[] possible = ["published 0s Connected answered 6s", "published 10s RingingSources answered -"];
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            Call? placed = null;

            Race.Run(() => world.Clock.Advance(Seconds(10)), () => placed = world.Place(["5354353"], ["5353535"]));

            Call call = world.Current(placed!.Id);
            string answered = call.Answered is { } at ? $"{(at - T0).TotalSeconds}s" : "-";
            possible.Should().Contain($"published {(call.Published - T0).TotalSeconds}s {call.Phase} answered {answered}", "round {0}", round);
        }
    }

    [Fact]
    public void Two_calls_placed_at_once_with_one_nonce_give_it_to_exactly_one()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().Build();
            var results = new Outcome<Call, NetworkError>[2];

            Race.Run(
                () => results[0] = world.TryPlace(["5354353"], ["5353535"], nonce: "once"),
                () => results[1] = world.TryPlace(["5302040"], ["5353536"], nonce: "once"));

            results.Count(result => result.Succeeded).Should().Be(1);
            results.Single(result => !result.Succeeded).Error!.Code.Should().Be(NetworkErrorCode.NonceInUse);
            world.Network.LiveCalls.Should().ContainSingle();
        }
    }

    [Fact]
    public void Two_calls_ringing_a_one_line_phone_at_once_give_it_to_exactly_one()
    {
        for (int round = 0; round < Rounds; round++)
        {
            using TestNetwork world = new NetworkBuilder().WithLines("0003*024", 1).Build();
            var results = new Call[2];

            Race.Run(
                () => results[0] = world.Place(["0003*024"], ["5353535"]),
                () => results[1] = world.Place(["0003*024"], ["5353536"]));

            results.Select(call => call.Disposition).Should().BeEquivalentTo(new CallDisposition?[] { null, CallDisposition.Busy });
            world.Network.LiveCalls.Should().ContainSingle().Which.Leg("0003*024").State.Should().Be(LegState.Ringing);
        }
    }

    [Fact]
    public void Events_of_concurrent_commands_are_numbered_without_gaps_or_repeats()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        var placed = new ConcurrentBag<CallId>();

        Race.Run(
            () => PlaceMany(world, "53501", placed),
            () => PlaceMany(world, "53502", placed));
        foreach (CallId id in placed)
        {
            world.Network.HangUp(id);
        }

        IReadOnlyList<NetworkEvent> events = world.Network.Events.After(0);
        events.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, events.Count).Select(n => (long)n));
        events.Should().HaveCount(400 * 4, "each call is published, rings its source, and ends it and itself");
    }

    private static void PlaceMany(TestNetwork world, string prefix, ConcurrentBag<CallId> placed)
    {
        for (int i = 0; i < 200; i++)
        {
            placed.Add(world.Place([$"{prefix}{i:000}"], ["5353535"]).Id);
        }
    }
}
