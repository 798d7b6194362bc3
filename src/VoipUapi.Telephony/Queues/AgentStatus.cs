namespace VoipUapi.Telephony.Queues;

/// <summary>An agent's status in a queue, with the vendor's codes.</summary>
public enum AgentStatus
{
    LoggedOut = 0,
    Online = 1,

    /// <summary>Logged in, but the queue does not ring it.</summary>
    Paused = 2,
}
