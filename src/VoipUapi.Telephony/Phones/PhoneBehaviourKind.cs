namespace VoipUapi.Telephony.Phones;

public enum PhoneBehaviourKind
{
    /// <summary>Rings, then answers after <see cref="PhoneBehaviour.AnswerAfter"/>.</summary>
    Answer,

    /// <summary>Rings until something outside the network (a test) answers or rejects it.</summary>
    Manual,

    Busy,

    /// <summary>Rings and never answers.</summary>
    NoAnswer,

    /// <summary>Declines the call as soon as it arrives.</summary>
    Reject,

    /// <summary>Cannot be reached at all (switched off, no route).</summary>
    Unreachable,
}
