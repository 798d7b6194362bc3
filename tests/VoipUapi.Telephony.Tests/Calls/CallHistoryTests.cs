using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Calls;

public sealed class CallHistoryTests
{
    [Fact]
    public void Ended_calls_are_listed_newest_first()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call first = world.Place(["5354353"], ["5353535"]);
        Call second = world.Place(["5302040"], ["5353535"]);
        world.Network.HangUp(second.Id);
        world.Network.HangUp(first.Id);

        world.Network.EndedCalls.Select(call => call.Id).Should().Equal(first.Id, second.Id);
    }

    [Fact]
    public void History_keeps_only_the_most_recent_HistoryCapacity_calls()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.HistoryCapacity = 3).Build();
        List<CallId> placed = [];
        for (int i = 0; i < 10; i++)
        {
            placed.Add(world.Place(["5350002"], ["5353535"]).Id);
        }

        world.Network.EndedCalls.Select(call => call.Id).Should().Equal(placed[9], placed[8], placed[7]);
    }

    [Fact]
    public void The_history_finds_its_calls_by_number_and_organization_and_forgets_dropped_ones_in_every_index()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.HistoryCapacity = 3).Build();
        CallId[] placed = [.. new[] { "5310002", "5320002", "5310002", "5330002", "5310002" }.Select(source => world.Place([source], ["5353535"]).Id)];

        world.Network.EndedCallsInvolving(["5310002"]).Select(call => call.Id).Should().Equal(placed[4], placed[2]);
        world.Network.EndedCallsInvolving(["5320002"]).Should().BeEmpty("its only call was dropped by the bound");
        world.Network.EndedCallsInvolving(["5330002", "5310002", "0003*210"]).Select(call => call.Id).Should().Equal(placed[4], placed[3], placed[2]);
        world.Network.EndedCallsInOrganization("0003").Select(call => call.Id).Should().Equal(placed[4], placed[3], placed[2]);
        world.Network.EndedCallsInOrganization("0004").Should().BeEmpty();
    }

    [Fact]
    public void Many_calls_coming_and_going_leave_no_live_state_and_a_bounded_history_and_event_log()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options =>
        {
            options.HistoryCapacity = 10;
            options.EventLogCapacity = 16;
        }).Build();

        for (int i = 0; i < 2000; i++)
        {
            Call call = world.Place(["5354353"], ["5353535"], duration: TestTime.Seconds(1), nonce: "same-nonce");
            world.Clock.Advance(TestTime.Seconds(7));
            world.Current(call.Id).Disposition.Should().Be(CallDisposition.Answered);
        }

        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.EndedCalls.Should().HaveCount(10);
        world.Network.Events.After(0).Should().HaveCount(16);
        world.Network.Events.LastSequence.Should().Be(2000 * 9, "each call publishes, rings, answers and ends two legs");
        world.Network.IsEngaged("5354353").Should().BeFalse();
    }
}
