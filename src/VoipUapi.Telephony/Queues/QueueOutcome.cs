namespace VoipUapi.Telephony.Queues;

/// <summary>How a call's stay in a queue ended.</summary>
public enum QueueOutcome
{
    /// <summary>Still waiting for an agent.</summary>
    Waiting,

    Answered,

    /// <summary>Nobody answered within the queue's wait time: the queue ended the call.</summary>
    WaitTimedOut,

    /// <summary>The caller hung up (or the call was ended) while it waited.</summary>
    Abandoned,
}
