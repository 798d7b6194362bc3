namespace VoipUapi.Telephony.Phones;

/// <param name="HangUpAfter">How long after answering the phone hangs up by itself; null stays on the call.</param>
/// <param name="Digits">DTMF the phone sends when a call asks for input (conference number, PIN).</param>
public sealed record PhoneBehaviour(PhoneBehaviourKind Kind, TimeSpan AnswerAfter, TimeSpan? HangUpAfter = null, string? Digits = null)
{
    public static readonly PhoneBehaviour AnswersAtOnce = new(PhoneBehaviourKind.Answer, TimeSpan.Zero);

    /// <summary>How a phone that is not registered meets every call: as one that cannot be reached.</summary>
    public static readonly PhoneBehaviour NotRegistered = new(PhoneBehaviourKind.Unreachable, TimeSpan.Zero);

    public bool AnswersImmediately => Kind == PhoneBehaviourKind.Answer && AnswerAfter == TimeSpan.Zero;
}
