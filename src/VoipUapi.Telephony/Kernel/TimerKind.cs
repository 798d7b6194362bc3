namespace VoipUapi.Telephony.Kernel;

internal enum TimerKind
{
    /// <summary>A ringing stage (or the phone a pick-up or a join rings) gives up waiting for an answer.</summary>
    Ring,

    /// <summary>A ringing phone answers by its behaviour.</summary>
    Answer,

    /// <summary>An answered phone hangs up by its behaviour.</summary>
    HangUp,

    /// <summary>A connected call reaches its duration.</summary>
    Duration,

    /// <summary>A conference invitee did not answer its prompt in time.</summary>
    Prompt,

    /// <summary>The conference the call is in closes.</summary>
    ConferenceEnd,

    /// <summary>A parked call's time in the lot runs out.</summary>
    Park,

    /// <summary>A voicemail message reaches its longest length.</summary>
    Voicemail,

    /// <summary>A caller's longest wait in a queue runs out.</summary>
    QueueWait,

    /// <summary>A queue rings its free agents again for the call first in line.</summary>
    QueueRound,
}
