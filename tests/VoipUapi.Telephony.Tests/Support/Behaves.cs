namespace VoipUapi.Telephony.Tests.Support;

/// <summary>Phone behaviours by name, for rules that read like the scenario.</summary>
internal static class Behaves
{
    public static PhoneBehaviour AnswersAfter(double seconds) =>
        new(PhoneBehaviourKind.Answer, TimeSpan.FromSeconds(seconds));

    public static PhoneBehaviour AnswersAfterThenHangsUpAfter(double answerSeconds, double hangUpSeconds) =>
        new(PhoneBehaviourKind.Answer, TimeSpan.FromSeconds(answerSeconds), TimeSpan.FromSeconds(hangUpSeconds));

    public static PhoneBehaviour NeverAnswers => new(PhoneBehaviourKind.NoAnswer, TimeSpan.Zero);

    public static PhoneBehaviour Busy => new(PhoneBehaviourKind.Busy, TimeSpan.Zero);

    public static PhoneBehaviour Rejects => new(PhoneBehaviourKind.Reject, TimeSpan.Zero);

    public static PhoneBehaviour Unreachable => new(PhoneBehaviourKind.Unreachable, TimeSpan.Zero);
}
