namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The timers of the live calls, by named slot: scheduling a slot again cancels the timer it had, so a timer that
/// fires is always the latest word on its slot and needs no counter in the call to know it. A call's timers go with
/// it when it ends. A call has a handful of slots at most: a short list, not a dictionary. Used under the kernel's lock.
/// </summary>
internal sealed class CallTimers(NetworkKernel kernel) : ILiveCallState
{
    private readonly Dictionary<CallId, List<SlotTimer>> _timers = [];

    /// <summary>Runs <paramref name="step"/> on the live call <paramref name="delay"/> from now, in place of what <paramref name="slot"/> held.</summary>
    public void Schedule(CallId id, TimerSlot slot, TimeSpan delay, CallStep step)
    {
        if (!_timers.TryGetValue(id, out List<SlotTimer>? slots))
        {
            slots = new List<SlotTimer>(2);
            _timers[id] = slots;
        }

        Take(slots, slot)?.Timer.Dispose();
        var scheduled = new SlotTimer(this, id, slot, step);
        scheduled.Timer = kernel.Time.CreateTimer(SlotTimer.Callback, scheduled, delay, Timeout.InfiniteTimeSpan);
        slots.Add(scheduled);
    }

    public void Cancel(CallId id, TimerSlot slot)
    {
        if (_timers.TryGetValue(id, out List<SlotTimer>? slots))
        {
            Take(slots, slot)?.Timer.Dispose();
        }
    }

    public void CancelAll(CallId id)
    {
        if (_timers.Remove(id, out List<SlotTimer>? slots))
        {
            foreach (SlotTimer timer in slots)
            {
                timer.Timer.Dispose();
            }
        }
    }

    public void ForgetAll()
    {
        foreach (List<SlotTimer> slots in _timers.Values)
        {
            foreach (SlotTimer timer in slots)
            {
                timer.Timer.Dispose();
            }
        }

        _timers.Clear();
    }

    /// <summary>A timer that lost its slot while it waited for the lock does nothing.</summary>
    public void Fire(SlotTimer fired) => kernel.Run(fired, static (change, timer) => timer.Owner.Run(timer, change));

    /// <summary>Under the kernel's lock.</summary>
    private void Run(SlotTimer fired, Change change)
    {
        if (!_timers.TryGetValue(fired.Call, out List<SlotTimer>? slots) || !slots.Remove(fired))
        {
            return;
        }

        if (kernel.Calls.FindLive(fired.Call) is { } call)
        {
            change.Commit(fired.Step(call, change));
        }
    }

    /// <summary>Removes and returns the timer <paramref name="slot"/> holds, if any.</summary>
    private static SlotTimer? Take(List<SlotTimer> slots, TimerSlot slot)
    {
        for (int i = 0; i < slots.Count; i++)
        {
            if (slots[i].Slot == slot)
            {
                SlotTimer taken = slots[i];
                slots.RemoveAt(i);
                return taken;
            }
        }

        return null;
    }
}
