namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// One scheduled step of a call in its named slot, and the clock's timer behind it. It is its timer's state, with one
/// shared callback, instead of a closure and a delegate per timer: 100,000 ringing calls hold two or three each.
/// </summary>
internal sealed class SlotTimer(CallTimers owner, CallId call, TimerSlot slot, CallStep step)
{
    public static readonly TimerCallback Callback = state => ((SlotTimer)state!).Fire();

    public CallTimers Owner { get; } = owner;

    public CallId Call { get; } = call;

    public TimerSlot Slot { get; } = slot;

    public CallStep Step { get; } = step;

    public ITimer Timer { get; set; } = null!;

    /// <summary>The call's timer scheduled before this one, if any (<see cref="CallTimers"/> chains them).</summary>
    public SlotTimer? Next { get; set; }

    private void Fire() => Owner.Fire(this);
}
