using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Queues;

/// <summary>
/// Queue extensions: a call to one is answered by the queue, whose music the caller hears while the call first in
/// line rings every agent that is online, registered and has a line free (ring-all), again each agent ring time and
/// as soon as an agent frees a line or comes online; the first agent to answer takes the queue's place. A caller
/// that waits longer than the queue's wait time is hung up (NO ANSWER). Follows every call as an observer, since an
/// agent frees a line on any call. Under the kernel's lock.
/// </summary>
internal sealed class CallQueues(NetworkKernel kernel, CallMachine machine, PhoneLines lines, PhoneBehaviours behaviours) : ICallObserver, ILiveCallState
{
    private readonly Dictionary<string, QueueState> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<QueueState>> _byAgent = new(StringComparer.Ordinal);

    public void Define(IEnumerable<QueueDefinition> definitions)
    {
        foreach (QueueDefinition definition in definitions)
        {
            var queue = new QueueState(definition, kernel.Options);
            _queues.Add(queue.Number, queue);
            behaviours.AddService(PhoneAddress.ForExtension(definition.Number));
            foreach (string agent in queue.Statuses.Keys)
            {
                (_byAgent.TryGetValue(agent, out List<QueueState>? of) ? of : _byAgent[agent] = []).Add(queue);
            }
        }
    }

    /// <summary>The agents of the queue in the seed's order; empty for a number that is no queue.</summary>
    public IReadOnlyList<QueueAgent> AgentsOf(ExtensionNumber queue) =>
        _queues.TryGetValue(queue.ToString(), out QueueState? state)
            ? [.. state.Definition.Agents.Select(agent => new QueueAgent(queue, agent, state.Statuses[agent.ToString()]))]
            : [];

    public Outcome<QueueAgent, NetworkError> SetStatus(ExtensionNumber queue, ExtensionNumber agent, AgentStatus status, Change change)
    {
        if (!_queues.TryGetValue(queue.ToString(), out QueueState? state))
        {
            return new NetworkError(NetworkErrorCode.NotAQueue, $"{queue} is not a queue of the seed; send the number of a Queue extension.");
        }

        if (!state.Statuses.ContainsKey(agent.ToString()))
        {
            return new NetworkError(NetworkErrorCode.NotAnAgent,
                $"{agent} is not an agent of queue {queue}; send one of {string.Join(", ", state.Definition.Agents)}.");
        }

        if (state.Statuses[agent.ToString()] != status)
        {
            state.Statuses[agent.ToString()] = status;
            change.RecordAbout(NetworkEventKind.AgentStatusChanged, agent.ToString(), new AgentStatusPayload(state.Number, status));
            if (status == AgentStatus.Online)
            {
                RingFirstInLine(state, change);
            }
        }

        return new QueueAgent(queue, agent, status);
    }

    /// <summary>Every agent online again and nobody waiting, as a reset leaves the queues.</summary>
    public void ForgetAll()
    {
        foreach (QueueState queue in _queues.Values)
        {
            queue.Restore();
        }
    }

    public Call OnLegAnswered(Call call, CallLeg leg, Change change)
    {
        if (call.Queue is null)
        {
            return leg.Role == LegRole.Destination && call.Phase == CallPhase.Connected && _queues.TryGetValue(leg.Phone.Value, out QueueState? called)
                ? Enter(call, leg, called, change)
                : call;
        }

        return call.Queue.IsWaiting && leg.Index != call.Queue.QueueLeg && leg.Role == LegRole.Destination
            ? Answered(call, leg, _queues[call.Queue.Queue.ToString()], change)
            : call;
    }

    /// <summary>An agent's line came free: the call first in line of each of its queues rings it (unless that is this very call, whose rounds do).</summary>
    public Call OnLegEnded(Call call, CallLeg leg, Change change)
    {
        if (_byAgent.TryGetValue(leg.Phone.Value, out List<QueueState>? queues))
        {
            foreach (QueueState queue in queues.Where(q => q.Waiting.Count > 0 && q.Waiting[0] != call.Id))
            {
                RingFirstInLine(queue, change);
            }
        }

        return call;
    }

    public Call OnCallEnded(Call call, Change change)
    {
        if (call.Queue is not { IsWaiting: true } visit)
        {
            return call;
        }

        QueueState queue = _queues[visit.Queue.ToString()];
        call = Leave(call, queue, QueueOutcome.Abandoned, change);
        RingFirstInLine(queue, change);
        return call;
    }

    private Call Enter(Call call, CallLeg queueLeg, QueueState queue, Change change)
    {
        call = call with { Queue = new QueueVisit(queue.Definition.Number, queueLeg.Index, change.Now) };
        string[] hearing = [.. call.Legs.Where(l => l.State == LegState.Answered && l.Index != queueLeg.Index).Select(l => l.Phone.Value)];
        change.Record(NetworkEventKind.QueueEntered, call, queue.Number, new QueuePayload(queue.Number, Hearing: hearing));
        queue.Waiting.Add(call.Id);
        kernel.Timers.Schedule(call.Id, TimerSlot.QueueWait, queue.MaxWait, (c, next) => c.Queue is { IsWaiting: true } ? TimedOut(c, queue, next) : c);
        return queue.IsFirstInLine(call.Id) ? RingAgents(call, queue, change) : call;
    }

    private Call TimedOut(Call call, QueueState queue, Change change)
    {
        call = machine.End(Leave(call, queue, QueueOutcome.WaitTimedOut, change), CallDisposition.NoAnswer, LegState.Cancelled, change);
        RingFirstInLine(queue, change);
        return call;
    }

    private static Call Leave(Call call, QueueState queue, QueueOutcome outcome, Change change)
    {
        queue.Waiting.Remove(call.Id);
        call = call with { Queue = call.Queue! with { Outcome = outcome, Left = change.Now } };
        change.Record(NetworkEventKind.QueueLeft, call, queue.Number, new QueuePayload(queue.Number, Outcome: outcome));
        return call;
    }

    private Call Answered(Call call, CallLeg agent, QueueState queue, Change change)
    {
        queue.Waiting.Remove(call.Id);
        kernel.Timers.Cancel(call.Id, TimerSlot.QueueWait);
        kernel.Timers.Cancel(call.Id, TimerSlot.QueueRound);
        ExtensionNumber number = ExtensionNumber.TryParse(agent.Phone.Value, out ExtensionNumber parsed) ? parsed : throw new InvalidOperationException($"agent {agent.Phone} is no extension");
        call = call with { Queue = call.Queue! with { Outcome = QueueOutcome.Answered, AnsweredBy = number, Left = change.Now } };
        change.Record(NetworkEventKind.QueueAnswered, call, agent.Phone.Value, new QueuePayload(queue.Number, Agent: agent.Phone.Value));
        call = machine.StopRinging(call, LegRole.Destination, change);
        call = machine.EndLeg(call, call.Legs[call.Queue!.QueueLeg], LegState.Transferred, change);
        RingFirstInLine(queue, change);
        return call;
    }

    private void RingFirstInLine(QueueState queue, Change change)
    {
        while (queue.Waiting.Count > 0)
        {
            if (kernel.Calls.FindLive(queue.Waiting[0]) is { } first)
            {
                change.Commit(RingAgents(first, queue, change));
                return;
            }

            queue.Waiting.RemoveAt(0);
        }
    }

    /// <summary>Rings every available agent not already on this call; then, while the call still waits, again after the agent ring time.</summary>
    private Call RingAgents(Call call, QueueState queue, Change change)
    {
        foreach (ExtensionNumber agent in queue.Definition.Agents)
        {
            PhoneAddress phone = PhoneAddress.ForExtension(agent);
            if (call.Queue is not { IsWaiting: true } || queue.Statuses[agent.ToString()] != AgentStatus.Online || !behaviours.IsRegistered(phone)
                || !lines.HasFreeLine(phone) || call.Legs.Any(leg => leg.IsLive && leg.Phone == phone))
            {
                continue;
            }

            call = machine.StartLeg(call, phone, LegRole.Destination, call.DestinationCallerId, change);
            CallLeg rung = call.Legs[^1];
            if (rung.State == LegState.Ringing && rung.Behaviour.AnswersImmediately)
            {
                call = machine.Answer(call, rung.Index, change);
            }
            else if (rung.State == LegState.Ringing)
            {
                int index = rung.Index;
                kernel.Timers.Schedule(call.Id, TimerSlot.RingOf(index), queue.AgentRing, (c, next) =>
                    c.Legs[index].State == LegState.Ringing ? machine.EndLeg(c, c.Legs[index], LegState.NoAnswer, next) : c);
            }
        }

        if (call.Queue is { IsWaiting: true })
        {
            kernel.Timers.Schedule(call.Id, TimerSlot.QueueRound, queue.AgentRing, (c, next) =>
                c.Queue is { IsWaiting: true } && queue.IsFirstInLine(c.Id) ? RingAgents(c, queue, next) : c);
        }

        return call;
    }
}
