namespace VoipUapi.Telephony.Kernel;

/// <summary>A named timer of a call: one per kind for the whole call, or one per kind and leg.</summary>
internal readonly record struct TimerSlot(TimerKind Kind, int Leg = -1)
{
    public static readonly TimerSlot Ring = new(TimerKind.Ring);

    public static readonly TimerSlot Duration = new(TimerKind.Duration);

    public static readonly TimerSlot Prompt = new(TimerKind.Prompt);

    public static readonly TimerSlot ConferenceEnd = new(TimerKind.ConferenceEnd);

    public static readonly TimerSlot Park = new(TimerKind.Park);

    public static readonly TimerSlot Voicemail = new(TimerKind.Voicemail);

    public static readonly TimerSlot QueueWait = new(TimerKind.QueueWait);

    public static readonly TimerSlot QueueRound = new(TimerKind.QueueRound);

    public static TimerSlot AnswerOf(int leg) => new(TimerKind.Answer, leg);

    public static TimerSlot HangUpOf(int leg) => new(TimerKind.HangUp, leg);

    public static TimerSlot RingOf(int leg) => new(TimerKind.Ring, leg);
}
