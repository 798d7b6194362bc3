using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Queues.QueueWorld;

namespace VoipUapi.Telephony.Tests.Queues;

/// <summary>
/// A call to a Queue extension: the queue answers and plays music; the call first in line rings every agent that is
/// online, not paused and has a line free (ring-all); the first to answer takes the queue's place.
/// </summary>
public sealed class QueueRingingTests
{
    [Fact]
    public void The_queue_answers_with_music_rings_every_free_agent_and_the_first_to_answer_takes_the_call()
    {
        using TestNetwork world = Build();
        Call waiting = world.Call("3334444");

        world.AdvanceTo(4);
        Call answered = world.Answer(Jane);
        world.AdvanceTo(10);
        world.Network.HangUp(waiting.Id);

        waiting.Phase.Should().Be(CallPhase.Connected, "the queue answered the caller");
        waiting.Queue!.IsWaiting.Should().BeTrue();
        waiting.LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Answered", "0003*210 Destination Ringing", "0003*024 Destination Ringing");
        answered.LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Transferred", "0003*210 Destination Cancelled", "0003*024 Destination Answered");
        world.Timeline(waiting.Id).Should().ContainInOrder(
            "0s QueueEntered 0003*250 0003*250 music for 3334444",
            "0s LegRinging 0003*210",
            "0s LegRinging 0003*024",
            "4s QueueAnswered 0003*024 0003*250 answered by 0003*024");
        Call ended = world.Current(waiting.Id);
        ended.Queue.Should().Be(new QueueVisit(Queue, QueueLeg: 1, TestTime.At(0), QueueOutcome.Answered, Jane, TestTime.At(4)),
            "the call's record keeps which queue and which agent answered");
        ended.Disposition.Should().Be(CallDisposition.Answered);
    }

    [Fact]
    public void A_busy_agent_is_not_rung_and_rings_as_soon_as_its_line_comes_free()
    {
        using TestNetwork world = Build();
        Call busy = world.Place(["0003*210"], ["0003*00"]);
        world.Answer(John);
        world.SetStatus(Jane, AgentStatus.LoggedOut);

        Call waiting = world.Call("3334444");
        world.AdvanceTo(7);
        world.Network.HangUp(busy.Id);

        waiting.LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Answered");
        world.Current(waiting.Id).LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Answered", "0003*210 Destination Ringing");
        world.Timeline(waiting.Id).Should().Contain("7s LegRinging 0003*210", "it rang the moment 0003*210 hung up, not at the next round");
    }

    [Fact]
    public void Paused_and_logged_out_agents_are_not_rung_and_an_agent_put_online_rings_at_once()
    {
        using TestNetwork world = Build();
        world.SetStatus(John, AgentStatus.Paused);
        world.SetStatus(Jane, AgentStatus.LoggedOut);

        Call waiting = world.Call("3334444");
        world.AdvanceTo(60);
        Call stillWaiting = world.Current(waiting.Id);
        world.SetStatus(John, AgentStatus.Online);

        stillWaiting.LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Answered");
        stillWaiting.Queue!.IsWaiting.Should().BeTrue("the caller hears music as long as no agent answers");
        world.Current(waiting.Id).Leg("0003*210").State.Should().Be(LegState.Ringing);
        world.Network.QueueAgentsOf(Queue).Select(a => $"{a.Agent} {a.Status}").Should().Equal("0003*210 Online", "0003*024 LoggedOut");
        world.Network.Events.After(0).Where(e => e.Kind == NetworkEventKind.AgentStatusChanged).Select(e => $"{e.Phone} {e.Detail}")
            .Should().Equal("0003*210 0003*250 paused", "0003*024 0003*250 loggedOut", "0003*210 0003*250 online");
    }

    [Fact]
    public void An_agent_that_does_not_answer_stops_ringing_after_the_agent_ring_time_and_rings_again_in_the_next_round()
    {
        using TestNetwork world = Build(options => options.QueueAgentRingSeconds = 10);
        world.SetStatus(Jane, AgentStatus.Paused);
        Call waiting = world.Call("3334444");

        world.AdvanceTo(10);

        world.Current(waiting.Id).LegSummary().Should().Equal(
            "3334444 Source Answered", "0003*250 Destination Answered", "0003*210 Destination NoAnswer", "0003*210 Destination Ringing");
    }

    [Fact]
    public void A_caller_that_waits_longer_than_the_wait_time_is_hung_up_as_no_answer()
    {
        using TestNetwork world = Build(options => options.QueueMaxWaitSeconds = 45);
        world.SetStatus(John, AgentStatus.LoggedOut);
        world.SetStatus(Jane, AgentStatus.LoggedOut);
        Call waiting = world.Call("3334444");

        world.AdvanceTo(44);
        CallPhase before = world.Current(waiting.Id).Phase;
        world.AdvanceTo(45);

        before.Should().Be(CallPhase.Connected);
        Call ended = world.Current(waiting.Id);
        ended.Disposition.Should().Be(CallDisposition.NoAnswer);
        ended.Queue!.Outcome.Should().Be(QueueOutcome.WaitTimedOut);
        world.Timeline(waiting.Id).Should().Contain("45s QueueLeft 0003*250 0003*250 waitTimedOut");
    }

    [Fact]
    public void Callers_are_served_first_in_line_first_and_a_caller_that_hangs_up_leaves_the_line()
    {
        using TestNetwork world = Build();
        Call first = world.Call("3331111");
        Call second = world.Call("3332222");
        Call third = world.Call("3333333");
        world.AdvanceTo(2);
        world.Answer(John);
        Call secondRinging = world.Current(second.Id);
        world.Network.HangUp(second.Id);

        second.LegSummary().Should().HaveCount(2, "only the call first in line rings the agents");
        secondRinging.Leg("0003*024").State.Should().Be(LegState.Ringing, "once the first was answered, the next in line rang the agent left free");
        world.Current(second.Id).Queue!.Outcome.Should().Be(QueueOutcome.Abandoned);
        world.Current(third.Id).Leg("0003*024").State.Should().Be(LegState.Ringing, "the caller that hung up left the line to the next");
        world.Current(first.Id).Queue!.AnsweredBy.Should().Be(John);
    }

    [Fact]
    public void An_unregistered_agent_is_not_rung()
    {
        using TestNetwork world = Build();
        world.Network.SetRegistered(PhoneAddress.ForExtension(Jane), registered: false);

        Call waiting = world.Call("3334444");

        waiting.LegSummary().Should().Equal("3334444 Source Answered", "0003*250 Destination Answered", "0003*210 Destination Ringing");
    }

    [Fact]
    public void An_agent_status_for_a_number_that_is_no_queue_or_no_agent_is_refused_without_a_change()
    {
        using TestNetwork world = Build();

        Outcome<QueueAgent, NetworkError> noQueue = world.Network.SetAgentStatus(John, Jane, AgentStatus.Paused);
        Outcome<QueueAgent, NetworkError> noAgent = world.Network.SetAgentStatus(Queue, new ExtensionNumber("0003", "211"), AgentStatus.Paused);

        noQueue.Error!.Code.Should().Be(NetworkErrorCode.NotAQueue);
        noAgent.Error!.Message.Should().Be("0003*211 is not an agent of queue 0003*250; send one of 0003*210, 0003*024.");
        world.Network.QueueAgentsOf(Queue).Should().OnlyContain(agent => agent.Status == AgentStatus.Online);
    }

    [Fact]
    public void A_reset_puts_every_agent_online_and_empties_the_line()
    {
        using TestNetwork world = Build();
        world.SetStatus(John, AgentStatus.Paused);
        world.Call("3334444");

        world.Network.Reset(idSeed: 1);

        world.Network.QueueAgentsOf(Queue).Should().OnlyContain(agent => agent.Status == AgentStatus.Online);
        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.StatusOf(PhoneAddress.ForExtension(Jane)).State.Should().Be(PhoneState.Idle);
    }
}
