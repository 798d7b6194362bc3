namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The timers of the live calls, by named slot: scheduling a slot again cancels the timer it had, so a timer that
/// fires is always the latest word on its slot and needs no counter in the call to know it. A call's timers go with
/// it when it ends. Used under the kernel's lock.
/// </summary>
internal sealed class CallTimers(NetworkKernel kernel)
{
    private readonly Dictionary<CallId, Dictionary<TimerSlot, ITimer>> _timers = [];

    /// <summary>Runs <paramref name="step"/> on the live call <paramref name="delay"/> from now, in place of what <paramref name="slot"/> held.</summary>
    public void Schedule(CallId id, TimerSlot slot, TimeSpan delay, CallStep step)
    {
        if (!_timers.TryGetValue(id, out Dictionary<TimerSlot, ITimer>? slots))
        {
            slots = [];
            _timers[id] = slots;
        }

        ITimer? timer = null;
        timer = kernel.Time.CreateTimer(_ => Fire(id, slot, timer!, step), null, delay, Timeout.InfiniteTimeSpan);
        if (slots.Remove(slot, out ITimer? replaced))
        {
            replaced.Dispose();
        }

        slots[slot] = timer;
    }

    public void Cancel(CallId id, TimerSlot slot)
    {
        if (_timers.TryGetValue(id, out Dictionary<TimerSlot, ITimer>? slots) && slots.Remove(slot, out ITimer? timer))
        {
            timer.Dispose();
        }
    }

    public void CancelAll(CallId id)
    {
        if (_timers.Remove(id, out Dictionary<TimerSlot, ITimer>? slots))
        {
            foreach (ITimer timer in slots.Values)
            {
                timer.Dispose();
            }
        }
    }

    public void CancelEverything()
    {
        foreach (CallId id in _timers.Keys.ToList())
        {
            CancelAll(id);
        }
    }

    /// <summary>A timer that lost its slot while it waited for the lock does nothing.</summary>
    private void Fire(CallId id, TimerSlot slot, ITimer timer, CallStep step) => kernel.Run(change =>
    {
        if (!_timers.TryGetValue(id, out Dictionary<TimerSlot, ITimer>? slots) || !slots.TryGetValue(slot, out ITimer? current) || current != timer)
        {
            return;
        }

        slots.Remove(slot);
        if (kernel.Calls.FindLive(id) is { } call)
        {
            change.Commit(step(call, change));
        }
    });
}
