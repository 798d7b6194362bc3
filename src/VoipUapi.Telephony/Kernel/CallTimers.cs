using System.Runtime.InteropServices;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The timers of the live calls, by named slot: scheduling a slot again cancels the timer it had, so a timer that
/// fires is always the latest word on its slot and needs no counter in the call to know it. A call's timers go with
/// it when it ends. A call has a handful of slots at most, chained from the newest (<see cref="SlotTimer.Next"/>):
/// no list or array per call. Used under the kernel's lock.
/// </summary>
internal sealed class CallTimers(NetworkKernel kernel) : ILiveCallState
{
    private readonly Dictionary<CallId, SlotTimer> _newest = [];

    /// <summary>Runs <paramref name="step"/> on the live call <paramref name="delay"/> from now, in place of what <paramref name="slot"/> held.</summary>
    public void Schedule(CallId id, TimerSlot slot, TimeSpan delay, CallStep step)
    {
        TakeSlot(id, slot)?.Timer.Dispose();
        ref SlotTimer? newest = ref CollectionsMarshal.GetValueRefOrAddDefault(_newest, id, out _);
        var scheduled = new SlotTimer(this, id, slot, step) { Next = newest };
        scheduled.Timer = kernel.Time.CreateTimer(SlotTimer.Callback, scheduled, delay, Timeout.InfiniteTimeSpan);
        newest = scheduled;
    }

    public void Cancel(CallId id, TimerSlot slot) => TakeSlot(id, slot)?.Timer.Dispose();

    public void CancelAll(CallId id)
    {
        if (_newest.Remove(id, out SlotTimer? newest))
        {
            DisposeChain(newest);
        }
    }

    public void ForgetAll()
    {
        foreach (SlotTimer newest in _newest.Values)
        {
            DisposeChain(newest);
        }

        _newest.Clear();
    }

    /// <summary>A timer that lost its slot while it waited for the lock does nothing.</summary>
    public void Fire(SlotTimer fired) => kernel.Run(fired, static (change, timer) => timer.Owner.Run(timer, change));

    /// <summary>Under the kernel's lock.</summary>
    private void Run(SlotTimer fired, Change change)
    {
        if (Take(fired.Call, fired, static (timer, wanted) => ReferenceEquals(timer, wanted)) is null)
        {
            return;
        }

        if (kernel.Calls.FindLive(fired.Call) is { } call)
        {
            change.Commit(fired.Step(call, change));
        }
    }

    private SlotTimer? TakeSlot(CallId id, TimerSlot slot) => Take(id, slot, static (timer, wanted) => timer.Slot == wanted);

    /// <summary>Unchains and returns the first of the call's timers that <paramref name="matches"/>, if any.</summary>
    private SlotTimer? Take<TWanted>(CallId id, TWanted wanted, Func<SlotTimer, TWanted, bool> matches)
    {
        if (!_newest.TryGetValue(id, out SlotTimer? newest))
        {
            return null;
        }

        SlotTimer? before = null;
        for (SlotTimer? timer = newest; timer is not null; before = timer, timer = timer.Next)
        {
            if (!matches(timer, wanted))
            {
                continue;
            }

            if (before is not null)
            {
                before.Next = timer.Next;
            }
            else if (timer.Next is { } next)
            {
                _newest[id] = next;
            }
            else
            {
                _newest.Remove(id);
            }

            timer.Next = null;
            return timer;
        }

        return null;
    }

    private static void DisposeChain(SlotTimer newest)
    {
        for (SlotTimer? timer = newest; timer is not null; timer = timer.Next)
        {
            timer.Timer.Dispose();
        }
    }
}
